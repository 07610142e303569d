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
    super("cannot read " + displayName + ": " + describe(displayName, cause), cause);
  }

  /** The cause without the path Java puts in front of it ("/in/x.csv (Permission denied)"). */
  private static String describe(String displayName, IOException cause) {
    String message = cause.getMessage();
    if (message == null || message.isBlank()) {
      return cause.getClass().getSimpleName();
    }
    String name = displayName.substring(displayName.lastIndexOf('/') + 1) + " (";
    int at = message.lastIndexOf(name);
    return at >= 0 && message.endsWith(")")
        ? message.substring(at + name.length(), message.length() - 1)
        : message;
  }
}
