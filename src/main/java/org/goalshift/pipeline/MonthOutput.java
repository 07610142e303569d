package org.goalshift.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a month's report is written into. Everything goes to a hidden staging folder beside
 * the final one and is moved into place only when complete, so a run killed half-way leaves the
 * previous report (or none), never half of one. Paths go through Hadoop's FileSystem, so an hdfs://
 * output works as a local one does.
 */
public final class MonthOutput implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MonthOutput.class);

  private final FileSystem fs;
  private final Path finalDir;
  private final Path staging;
  private boolean published;

  private MonthOutput(FileSystem fs, Path finalDir, Path staging) {
    this.fs = fs;
    this.finalDir = finalDir;
    this.staging = staging;
  }

  public static MonthOutput begin(String outputRoot, YearMonth month, Configuration conf) {
    try {
      Path given = new Path(outputRoot);
      FileSystem fs = given.getFileSystem(conf);
      Path root = fs.makeQualified(given);
      fs.mkdirs(root);
      removeLeftoverStaging(fs, root, month);
      Path staging = new Path(root, stagingPrefix(month) + UUID.randomUUID());
      fs.mkdirs(staging);
      return new MonthOutput(fs, new Path(root, month.toString()), staging);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create output folder under " + outputRoot + ": " + e.getMessage(), e);
    }
  }

  /** A killed run leaves its staging folder behind; the next run of that month clears it. */
  private static void removeLeftoverStaging(FileSystem fs, Path root, YearMonth month)
      throws IOException {
    for (FileStatus entry : fs.listStatus(root)) {
      if (entry.getPath().getName().startsWith(stagingPrefix(month))) {
        LOG.warn("Removing {} left by an earlier run that did not finish", entry.getPath());
        fs.delete(entry.getPath(), true);
      }
    }
  }

  private static String stagingPrefix(YearMonth month) {
    return "." + month + ".staging-";
  }

  /** Where this run writes; becomes {@code <output>/<YYYY-MM>} on {@link #publish()}. */
  public Path staging() {
    return staging;
  }

  public Path finalDir() {
    return finalDir;
  }

  public FileSystem fileSystem() {
    return fs;
  }

  /**
   * Moves the finished report into place, replacing an earlier report of the same month. The old
   * one is renamed aside first and removed only after the new one is in place.
   */
  public void publish() {
    try {
      Path previous = null;
      if (fs.exists(finalDir)) {
        previous =
            new Path(
                finalDir.getParent(), "." + finalDir.getName() + ".replaced-" + UUID.randomUUID());
        rename(finalDir, previous);
      }
      rename(staging, finalDir);
      published = true;
      if (previous != null) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot move the report into " + finalDir + ": " + e.getMessage(), e);
    }
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename of " + from + " to " + to + " failed");
    }
  }

  /** Removes the staging folder of a run that did not publish. */
  @Override
  public void close() {
    if (!published) {
      try {
        fs.delete(staging, true);
      } catch (IOException e) {
        LOG.warn("Could not remove staging folder {}: {}", staging, e.getMessage());
      }
    }
  }
}
