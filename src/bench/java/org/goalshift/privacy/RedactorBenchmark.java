package org.goalshift.privacy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.goalshift.bench.RoundRobin;

/**
 * Measures single-thread redaction throughput (texts per second per core) after warm-up, on two
 * sets: typical goals (the 300 labelling-set goals, which hold no personal details, as most goal
 * text does) and the redaction corpus (282 texts, most of them with a detail to replace). Rates are
 * per second of this thread's CPU time, so a busy shared machine slows the run but does not skew
 * the figure; wall-clock rates are printed alongside. A plain main rather than a timed unit test,
 * because a shared machine makes timings too noisy to assert on. Run with scripts/bench-redactor.
 */
public final class RedactorBenchmark {
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final long ROUND_NANOS = 1_000_000_000L;
  private static final int ROUNDS = 5;

  private RedactorBenchmark() {}

  public static void main(String[] args) throws IOException {
    Redactor redactor = Redactor.standard();
    List<String> typical = column("goal-texts-dev.csv", "goal_text");
    List<String> corpus = column("redaction-corpus.csv", "text");
    measure(redactor, "typical goals (goal-texts-dev.csv)", typical);
    measure(redactor, "redaction corpus (redaction-corpus.csv)", corpus);
  }

  private static void measure(Redactor redactor, String name, List<String> texts) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RoundRobin.runFor(texts, text -> redactor.redact(text).text().length(), WARM_UP_NANOS);
    double[] perCpuSecond = new double[ROUNDS];
    double[] perWallSecond = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      long redacted =
          RoundRobin.runFor(texts, text -> redactor.redact(text).text().length(), ROUND_NANOS);
      perCpuSecond[round] = redacted / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
      perWallSecond[round] = redacted / ((System.nanoTime() - wallStart) / 1e9);
    }
    Arrays.sort(perCpuSecond);
    Arrays.sort(perWallSecond);
    double median = perCpuSecond[ROUNDS / 2];
    System.out.printf(
        Locale.ROOT,
        "%s: %d texts (mean %.0f characters), 1 thread%n",
        name,
        texts.size(),
        texts.stream().mapToInt(String::length).average().orElse(0));
    System.out.printf(
        Locale.ROOT,
        "  rounds (texts per CPU second): %s%n",
        Arrays.toString(Arrays.stream(perCpuSecond).mapToLong(Math::round).toArray()));
    System.out.printf(
        Locale.ROOT,
        "  wall-clock median: %,.0f texts/s (lower when the machine is busy)%n",
        perWallSecond[ROUNDS / 2]);
    System.out.printf(
        Locale.ROOT,
        "  median: %,.0f texts redacted per second per core (%.2f us each)%n",
        median,
        1e6 / median);
  }

  private static List<String> column(String resource, String header) throws IOException {
    try (Reader reader =
        new InputStreamReader(
            RedactorBenchmark.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      List<String> values = new ArrayList<>();
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        values.add(row.get(header));
      }
      return values;
    }
  }
}
