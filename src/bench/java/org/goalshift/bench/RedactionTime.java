package org.goalshift.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.goalshift.privacy.Redactor;
import org.goalshift.schema.Columns;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How long the report's redaction takes on an export, for scripts/bench to state as a share of the
 * report's time: every goal text of every file is redacted by the same {@link Redactor} the report
 * runs, on as many threads as the report's embedded Spark has cores, and only the redacting is
 * timed (the files are read first, one at a time), in wall-clock seconds and in the CPU seconds of
 * the redacting threads, which a busy shared machine inflates less. The first call, which loads the
 * gazetteer and word lists as every executor does once, is timed and counted too. The report
 * redacts no more rows than this (it drops rejected rows and versions after the month first), so
 * the share is an upper bound.
 */
@Command(
    name = "redaction-time",
    mixinStandardHelpOptions = true,
    description = "Times the report's redactor over every goal text of an export.")
public final class RedactionTime implements Callable<Integer> {
  @Option(names = "--input", required = true, description = "Folder of .csv or .csv.gz files.")
  private Path input;

  @Option(names = "--threads", description = "Threads to redact on (default: the cores).")
  private int threads = Runtime.getRuntime().availableProcessors();

  public static void main(String[] args) {
    System.exit(new CommandLine(new RedactionTime()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long loadStart = System.nanoTime();
    long loadCpuStart = cpu.getCurrentThreadCpuTime();
    Redactor redactor = Redactor.standard();
    redactor.redact("Call Sarah on 07700 900123");
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    long cpuNanos = cpu.getCurrentThreadCpuTime() - loadCpuStart;
    long texts = 0;
    long redacted = 0;
    long nanos = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (Path file : files()) {
        List<String> goals = goalTexts(file);
        long start = System.nanoTime();
        List<Future<long[]>> parts = new ArrayList<>();
        int slice = (goals.size() + threads - 1) / threads;
        for (int from = 0; from < goals.size(); from += slice) {
          List<String> part = goals.subList(from, Math.min(goals.size(), from + slice));
          parts.add(pool.submit(() -> redactAll(redactor, part)));
        }
        for (Future<long[]> part : parts) {
          redacted += part.get()[0];
          cpuNanos += part.get()[1];
        }
        nanos += System.nanoTime() - start;
        texts += goals.size();
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf(
        Locale.ROOT,
        "redaction_s=%.2f redaction_cpu_s=%.2f texts=%d texts_with_a_placeholder=%d threads=%d"
            + " load_s=%.2f%n",
        nanos / 1e9 + loadSeconds,
        cpuNanos / 1e9,
        texts,
        redacted,
        threads,
        loadSeconds);
    return 0;
  }

  /** How many texts got a placeholder, and the CPU time this thread spent on them. */
  private static long[] redactAll(Redactor redactor, List<String> goals) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = cpu.getCurrentThreadCpuTime();
    long withPlaceholder = 0;
    for (String goal : goals) {
      withPlaceholder += redactor.redact(goal).counts().isEmpty() ? 0 : 1;
    }
    return new long[] {withPlaceholder, cpu.getCurrentThreadCpuTime() - start};
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(input)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> path.toString().endsWith(".csv") || path.toString().endsWith(".csv.gz"))
          .sorted()
          .toList();
    }
  }

  /** The goal_text column, found by name in any case, as the report reads it. */
  private static List<String> goalTexts(Path file) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .get();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      List<String> goals = new ArrayList<>();
      var parser = format.parse(reader);
      String column =
          parser.getHeaderNames().stream()
              .filter(name -> name.replace("\uFEFF", "").equalsIgnoreCase(Columns.GOAL_TEXT))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException(file + " has no goal_text column"));
      for (CSVRecord record : parser) {
        if (record.isSet(column)) {
          goals.add(record.get(column));
        }
      }
      return goals;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
