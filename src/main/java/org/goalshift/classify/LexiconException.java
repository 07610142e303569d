package org.goalshift.classify;

/** A lexicon file that cannot be used; the message names the file, the line and what is wrong. */
public final class LexiconException extends RuntimeException {
  public LexiconException(String message) {
    super(message);
  }

  public LexiconException(String message, Throwable cause) {
    super(message, cause);
  }
}
