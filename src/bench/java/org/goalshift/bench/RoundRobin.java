package org.goalshift.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** The timed loop of the single-thread throughput benchmarks. */
public final class RoundRobin {
  private RoundRobin() {}

  /**
   * Applies {@code work} to the texts round-robin until {@code nanos} have passed; returns how many
   * texts it did. The work's results are summed and used, so the JIT cannot skip the work.
   */
  public static long runFor(List<String> texts, ToDoubleFunction<String> work, long nanos) {
    long deadline = System.nanoTime() + nanos;
    long done = 0;
    double checksum = 0;
    while (System.nanoTime() < deadline) {
      for (String text : texts) {
        checksum += work.applyAsDouble(text);
      }
      done += texts.size();
    }
    if (checksum < 0) {
      System.out.println(checksum);
    }
    return done;
  }
}
