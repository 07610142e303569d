package org.goalshift.cli;

/** The user asked for something that cannot be done as asked: exit code 2 and the usage. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  /** Options are checked here, not by picocli, because a config file may supply them too. */
  static void requireOption(boolean present, String option) {
    if (!present) {
      throw new UsageException(
          "Missing required option: '" + option + "' (on the command line or in --config)");
    }
  }
}
