package org.goalshift.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An export file that cannot be read to its end (a truncated gzip, a permission problem, a disk
 * error). The message names the file as the user gave it and the cause, never a record's content,
 * so it can be shown and logged as it is.
 */
public final class UnreadableInputException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  UnreadableInputException(String displayName, IOException cause) {
    super("cannot read " + displayName + ": " + describe(cause), cause);
  }

  private static String describe(IOException cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
