package org.goalshift.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A run stopped because a disk filled up. Java's "No space left on device" names no file, and
 * Spark's wrapping of it names a part file deep in the staging folder, or nothing; the operator
 * needs the folder to clear. Of the folders a run writes to (the output folder, Spark's local
 * folders for shuffles and spills, the temporary folder), the one with the least space left is
 * named.
 */
public final class OutOfSpaceException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private OutOfSpaceException(String message, IOException cause) {
    super(message, cause);
  }

  /** The disk-full error in {@code failure}'s causes, or null when it has none. */
  static IOException diskFull(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (cause instanceof IOException io
          && message != null
          && (message.contains("No space left on device")
              || message.toLowerCase(Locale.ROOT).contains("disk quota exceeded"))) {
        return io;
      }
    }
    return null;
  }

  /**
   * @param folders the local folders the run writes to, the output folder first (it is named when
   *     it shares a disk with the others)
   */
  static OutOfSpaceException in(List<java.nio.file.Path> folders, IOException cause) {
    java.nio.file.Path fullest = folders.get(0);
    long leastUsable = Long.MAX_VALUE;
    List<FileStore> seen = new ArrayList<>();
    for (java.nio.file.Path folder : folders) {
      try {
        FileStore store = Files.getFileStore(existingAncestor(folder));
        if (seen.contains(store)) {
          continue;
        }
        seen.add(store);
        long usable = store.getUsableSpace();
        if (usable < leastUsable) {
          leastUsable = usable;
          fullest = folder;
        }
      } catch (IOException e) {
        // A folder that cannot be inspected is not the one to name.
      }
    }
    return new OutOfSpaceException(
        "no space left on the disk of "
            + fullest
            + " (a write failed with \""
            + cause.getMessage()
            + "\"); nothing was published and any previous report stays",
        cause);
  }

  private static java.nio.file.Path existingAncestor(java.nio.file.Path folder) {
    java.nio.file.Path candidate = folder.toAbsolutePath();
    while (candidate != null && !Files.exists(candidate)) {
      candidate = candidate.getParent();
    }
    return candidate == null ? folder.toAbsolutePath().getRoot() : candidate;
  }
}
