package org.goalshift.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs independent driver-side work at the same time: the small Spark queries a report is built
 * from, the data files it writes. Each such query spends most of its time on the driver, planning
 * and scheduling, with the executors idle; run one after another, a sample-sized report spent most
 * of its seconds that way on one core of two.
 */
public final class Parallel implements AutoCloseable {
  private final ExecutorService threads;

  /**
   * @param threads how many tasks run at once; Spark runs their jobs side by side, sharing the
   *     executors' cores
   */
  public Parallel(int threads) {
    AtomicInteger created = new AtomicInteger();
    this.threads =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "goalshift-parallel-" + created.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  public <T> CompletableFuture<T> start(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, threads);
  }

  /**
   * Waits for a task started here and returns its result, or throws what the task threw, so that a
   * failure reads the same as it would have run on the calling thread.
   */
  public static <T> T await(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Lets the tasks still running end (after a failure, their Spark jobs are being cancelled), so
   * that what they were writing is finished with before the caller cleans up after them; a task
   * still running after 30 seconds is interrupted. Interrupting at once would leave Hadoop's file
   * operations half done, with warnings of their own.
   */
  @Override
  public void close() {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
