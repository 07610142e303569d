package org.goalshift.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.goalshift.output.DataFiles;
import org.goalshift.output.FolderLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a month's report is written into. Everything goes to a hidden staging folder beside
 * the final one and is moved into place only when complete, so a run killed half-way leaves the
 * previous report (or none), never half of one. Paths go through Hadoop's FileSystem, so an hdfs://
 * output works as a local one does.
 *
 * <p>A run holds the month's lock ({@code .YYYY-MM.lock} in the output folder) from before it
 * touches anything of the month until its staging folder is published or removed. So a second run
 * of the month is refused instead of deleting the first one's staging folder, and whatever a run
 * finds of the month's hidden folders belongs to a run that is gone: a staging folder is removed,
 * and a previous report that a kill during publishing left aside is put back or removed.
 */
public final class MonthOutput implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MonthOutput.class);

  private final FileSystem fs;
  private final Path finalDir;
  private final Path staging;
  private final FolderLock lock;
  private boolean published;

  private MonthOutput(FileSystem fs, Path finalDir, Path staging, FolderLock lock) {
    this.fs = fs;
    this.finalDir = finalDir;
    this.staging = staging;
    this.lock = lock;
  }

  /**
   * @throws FolderLock.HeldException when another run holds the month in this output folder
   */
  public static MonthOutput begin(String outputRoot, YearMonth month, Configuration conf) {
    FolderLock lock = null;
    try {
      Path given = new Path(outputRoot);
      FileSystem fs = DataFiles.withoutChecksums(given.getFileSystem(conf));
      Path root = fs.makeQualified(given);
      fs.mkdirs(root);
      lock =
          FolderLock.take(fs, new Path(root, "." + month + ".lock"), month + " in " + outputRoot);
      Path finalDir = new Path(root, month.toString());
      recoverFromInterruptedPublish(fs, root, finalDir);
      removeLeftoverStaging(fs, root, month);
      Path staging = new Path(root, stagingPrefix(month) + UUID.randomUUID());
      fs.mkdirs(staging);
      return new MonthOutput(fs, finalDir, staging, lock);
    } catch (IOException e) {
      if (lock != null) {
        lock.close();
      }
      throw new UncheckedIOException(
          "cannot create the output folder " + outputRoot + ": " + e.getMessage(), e);
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

  /**
   * Publishing renames the old report aside, moves the new one in, then removes the old one. A kill
   * between the first two steps leaves no report in place and the old one aside: it is put back, as
   * the month's last complete report. A kill after the second leaves the old one aside beside the
   * new one: it is removed.
   */
  private static void recoverFromInterruptedPublish(FileSystem fs, Path root, Path finalDir)
      throws IOException {
    List<FileStatus> aside = new ArrayList<>();
    for (FileStatus entry : fs.listStatus(root)) {
      if (entry.getPath().getName().startsWith(replacedPrefix(finalDir))) {
        aside.add(entry);
      }
    }
    aside.sort(Comparator.comparingLong(FileStatus::getModificationTime).reversed());
    if (!aside.isEmpty() && !fs.exists(finalDir)) {
      LOG.warn(
          "Putting back {} as {}: a run was stopped while publishing",
          aside.get(0).getPath(),
          finalDir);
      rename(fs, aside.remove(0).getPath(), finalDir);
    }
    for (FileStatus entry : aside) {
      LOG.warn("Removing {}, a report replaced by a run stopped while publishing", entry.getPath());
      fs.delete(entry.getPath(), true);
    }
  }

  private static String stagingPrefix(YearMonth month) {
    return "." + month + ".staging-";
  }

  private static String replacedPrefix(Path finalDir) {
    return "." + finalDir.getName() + ".replaced-";
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
        previous = new Path(finalDir.getParent(), replacedPrefix(finalDir) + UUID.randomUUID());
        rename(fs, finalDir, previous);
      }
      rename(fs, staging, finalDir);
      published = true;
      if (previous != null) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot move the report into " + finalDir + ": " + e.getMessage(), e);
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename of " + from + " to " + to + " failed");
    }
  }

  /** Removes the staging folder of a run that did not publish, then lets the month go. */
  @Override
  public void close() {
    try {
      if (!published) {
        fs.delete(staging, true);
      }
    } catch (IOException e) {
      LOG.warn("Could not remove staging folder {}: {}", staging, e.getMessage());
    } finally {
      lock.close();
    }
  }
}
