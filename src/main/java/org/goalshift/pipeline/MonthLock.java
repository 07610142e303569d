package org.goalshift.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.goalshift.pipeline.MonthOutput.MonthLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a month per output folder: an operating-system lock on {@code .YYYY-MM.lock}, held
 * with {@link FileChannel#tryLock()} for the whole run. The system releases it when the process
 * ends, however it ends (kill -9 included), so a lock is never stale and the file is never deleted
 * (deleting a lock file lets two runs lock two different files). The file holds the holder's pid,
 * for the message the next run gives.
 *
 * <p>Such locks belong to the process, and closing any channel of the file would release them, so
 * locks this JVM holds are also kept in {@link #HELD} and checked first. Cluster file systems have
 * no such locks; an output there is not locked (logged), as Hadoop jobs writing one folder are not.
 */
final class MonthLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MonthLock.class);
  private static final Set<java.nio.file.Path> HELD = new HashSet<>();

  private final java.nio.file.Path file;
  private final FileChannel channel;

  private MonthLock(java.nio.file.Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * @param shownRoot the output folder as the user gave it, for the message
   * @throws MonthLockedException when another run holds the month
   */
  static MonthLock take(FileSystem fs, Path root, String shownRoot, YearMonth month)
      throws IOException {
    if (!"file".equals(fs.getUri().getScheme())) {
      LOG.warn("Runs of {} into {} are not locked: {} has no file locks", month, root, fs.getUri());
      return new MonthLock(null, null);
    }
    java.nio.file.Path file =
        java.nio.file.Path.of(root.toUri().getPath()).resolve("." + month + ".lock");
    synchronized (HELD) {
      if (HELD.contains(file)) {
        throw locked(month, shownRoot, ProcessHandle.current().pid());
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
        throw locked(month, shownRoot, holder);
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      channel.force(false);
      HELD.add(file);
      return new MonthLock(file, channel);
    }
  }

  private static MonthLockedException locked(YearMonth month, String root, Object pid) {
    return new MonthLockedException(
        "another run holds " + month + " in " + root + " (pid " + pid + ")");
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
}
