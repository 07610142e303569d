package org.goalshift.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.JavaSparkStatusTracker;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the person or the cron job running goalshift where a run is. On a terminal one status line
 * is redrawn in place (stage, Spark tasks done, elapsed); otherwise plain log lines are written:
 * one when a stage starts and ends, and a heartbeat while a long stage runs, so a log shows where a
 * run that hung stopped.
 */
final class Progress implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  private static final Duration HEARTBEAT = Duration.ofSeconds(30);

  private final JavaSparkStatusTracker tracker;
  private final boolean terminal;
  private final PrintStream screen;
  private final long runStart = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private volatile String stage = "starting";
  private volatile long stageStart = System.nanoTime();

  private Progress(SparkSession spark, boolean terminal, PrintStream screen) {
    this.tracker = JavaSparkContext.fromSparkContext(spark.sparkContext()).statusTracker();
    this.terminal = terminal;
    this.screen = screen;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "goalshift-progress");
              thread.setDaemon(true);
              return thread;
            });
    long periodMillis = terminal ? 500 : HEARTBEAT.toMillis();
    ticker.scheduleAtFixedRate(this::tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  /** Redraws a status line when stderr is a terminal, logs otherwise. */
  static Progress start(SparkSession spark) {
    return new Progress(spark, System.console() != null, System.err);
  }

  /** Marks the start of a stage and returns its start time in nanoseconds. */
  long begin(String stageName) {
    clearLine();
    stage = stageName;
    stageStart = System.nanoTime();
    LOG.info("{}: started", stageName);
    return stageStart;
  }

  /** Marks the end of the current stage; {@code detail} says what it produced. */
  long end(String detail) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stageStart);
    clearLine();
    LOG.info("{}: done in {} ({})", stage, format(Duration.ofMillis(millis)), detail);
    return millis;
  }

  private void tick() {
    int done = 0;
    int total = 0;
    for (int id : tracker.getActiveStageIds()) {
      SparkStageInfo info = tracker.getStageInfo(id);
      if (info != null) {
        done += info.numCompletedTasks();
        total += info.numTasks();
      }
    }
    Duration inStage = Duration.ofNanos(System.nanoTime() - stageStart);
    Duration inRun = Duration.ofNanos(System.nanoTime() - runStart);
    String tasks = total == 0 ? "" : String.format(", Spark tasks %d/%d", done, total);
    if (terminal) {
      screen.printf(
          "\r\033[K[%s] %s in stage%s, %s in all", stage, format(inStage), tasks, format(inRun));
      screen.flush();
    } else {
      LOG.info("{}: still running after {}{}", stage, format(inStage), tasks);
    }
  }

  private void clearLine() {
    if (terminal) {
      screen.print("\r\033[K");
      screen.flush();
    }
  }

  static String format(Duration duration) {
    long seconds = duration.toSeconds();
    return seconds < 60
        ? String.format("%.1fs", duration.toMillis() / 1000.0)
        : String.format("%dm%02ds", seconds / 60, seconds % 60);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    clearLine();
  }
}
