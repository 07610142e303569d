package org.goalshift.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void tasksRunAtTheSameTime() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    try (Parallel parallel = new Parallel(2)) {
      CompletableFuture<Boolean> first = parallel.start(() -> meet(bothStarted));
      CompletableFuture<Boolean> second = parallel.start(() -> meet(bothStarted));

      assertThat(Parallel.await(first)).isTrue();
      assertThat(Parallel.await(second)).isTrue();
    }
  }

  @Test
  void awaitThrowsWhatTheTaskThrew() {
    IllegalStateException failure = new IllegalStateException("no such column");
    try (Parallel parallel = new Parallel(1)) {
      CompletableFuture<String> task =
          parallel.start(
              () -> {
                throw failure;
              });

      assertThatThrownBy(() -> Parallel.await(task)).isSameAs(failure);
    }
  }

  /** True when the other task reached the latch too: only possible if both run at once. */
  private static boolean meet(CountDownLatch latch) {
    latch.countDown();
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
