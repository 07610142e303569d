package org.goalshift.cli;

import java.io.UncheckedIOException;

/**
 * The one line an operator reads when a run fails. Spark wraps a task's failure in messages of
 * dozens of lines (the job, the stage, the task, the executor, the remote trace); what the operator
 * needs is goalshift's own account of it (which file could not be read, which folder is full), the
 * innermost cause otherwise. goalshift's messages never hold a record's content.
 */
final class FailureMessage {
  private FailureMessage() {}

  static String of(Throwable failure) {
    Throwable root = failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (isOwn(cause) && cause.getMessage() != null) {
        return firstLine(cause.getMessage());
      }
      root = cause;
    }
    String message = root.getMessage();
    return message == null || message.isBlank()
        ? root.getClass().getSimpleName()
        : root.getClass().getSimpleName() + ": " + firstLine(message);
  }

  private static boolean isOwn(Throwable cause) {
    return cause.getClass().getName().startsWith("org.goalshift.")
        || cause instanceof UncheckedIOException;
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return (end < 0 ? message : message.substring(0, end)).strip();
  }
}
