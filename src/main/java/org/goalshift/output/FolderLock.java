package org.goalshift.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run at a time in what a folder holds (a month of a report, a goal store): an operating-system
 * lock on a lock file in the folder, held with {@link FileChannel#tryLock()} for the whole run. The
 * system releases it when the process ends, however it ends (kill -9 included), so a lock is never
 * stale and the file is never deleted (deleting a lock file lets two runs lock two different
 * files). The file holds the holder's pid, for the message the next run gives.
 *
 * <p>Such locks belong to the process, and closing any channel of the file would release them, so
 * locks this JVM holds are also kept in {@link #HELD} and checked first. Cluster file systems have
 * no such locks; a folder there is not locked (logged), as Hadoop jobs writing one folder are not.
 */
public final class FolderLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FolderLock.class);
  private static final Set<java.nio.file.Path> HELD = new HashSet<>();

  private final java.nio.file.Path file;
  private final FileChannel channel;

  private FolderLock(java.nio.file.Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * @param lockFile the lock file, in the folder it guards (which must exist)
   * @param held what another run holds, for messages: "2026-10 in /reports", "the store /data/s"
   * @throws HeldException when another run holds the lock
   */
  public static FolderLock take(FileSystem fs, Path lockFile, String held) throws IOException {
    if (!"file".equals(fs.getUri().getScheme())) {
      LOG.warn("Runs are not kept apart in {}: {} has no file locks", held, fs.getUri());
      return new FolderLock(null, null);
    }
    java.nio.file.Path file = java.nio.file.Path.of(fs.makeQualified(lockFile).toUri().getPath());
    synchronized (HELD) {
      if (HELD.contains(file)) {
        throw heldBy(held, ProcessHandle.current().pid());
      }
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        String holder = holderPid(channel);
        channel.close();
        throw heldBy(held, holder);
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      channel.force(false);
      HELD.add(file);
      return new FolderLock(file, channel);
    }
  }

  private static HeldException heldBy(String held, Object pid) {
    return new HeldException("another run holds " + held + " (pid " + pid + ")");
  }

  private static String holderPid(FileChannel channel) throws IOException {
    ByteBuffer content = ByteBuffer.allocate(32);
    channel.read(content, 0);
    String pid = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII);
    return pid.strip().matches("\\d+") ? pid.strip() : "unknown";
  }

  @Override
  public void close() {
    if (channel == null) {
      return;
    }
    synchronized (HELD) {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.warn("Could not release {}: {}", file, e.getMessage());
      }
      HELD.remove(file);
    }
  }

  /** Another run holds the lock; this run has changed nothing. */
  public static final class HeldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeldException(String message) {
      super(message);
    }
  }
}
