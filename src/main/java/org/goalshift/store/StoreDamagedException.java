package org.goalshift.store;

/** A store's manifest or one of its parts cannot be trusted; the run changes nothing. */
public final class StoreDamagedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreDamagedException(String store, String what) {
    super(
        "the store "
            + store
            + " is damaged: "
            + what
            + "; --rebuild-store builds it again from the exports");
  }
}
