package org.goalshift.samplegen;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Writes synthetic goal-history exports in goalshift's input contract. With no options it writes
 * the committed sample (sample-data/); with {@code --rows N} it writes benchmark data.
 */
@Command(
    name = "generate-sample-data",
    mixinStandardHelpOptions = true,
    version = "goalshift sample-data generator 0.1.0",
    sortOptions = false,
    description = {
      "Writes synthetic, anonymised goal-history exports (one row per goal version) in goalshift's"
          + " input contract, deterministically from a seed and in constant memory.",
      "With no options it rewrites the committed sample in sample-data/."
    })
public final class SampleDataGenerator implements Callable<Integer> {
  /** Rows per goal in the long run: sizes the spacing of the bad-row catalogue for --goals runs. */
  private static final double ROWS_PER_GOAL = 2.1;

  @Spec private CommandSpec spec;

  @Option(
      names = "--output",
      defaultValue = "sample-data",
      description = "Folder to write into (default: ${DEFAULT-VALUE}).")
  private Path output;

  @ArgGroup(exclusive = true)
  private Size size = new Size();

  static final class Size {
    @Option(names = "--goals", description = "Number of goals to write (default: 400).")
    private Long goals;

    @Option(names = "--rows", description = "Number of good goal-version rows to write, exactly.")
    private Long rows;
  }

  @Option(
      names = "--seed",
      defaultValue = "20261031",
      description = "Same seed, same bytes (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--files",
      defaultValue = "3",
      description =
          "Split the months into K consecutive periods, one file each (default: ${DEFAULT-VALUE}).")
  private int files;

  @Option(names = "--gzip", description = "Gzip every file.")
  private boolean gzip;

  @Option(
      names = "--formats",
      description =
          "PLAIN: every file alike. MIXED: every second file of three has a BOM and a renamed,"
              + " reordered header, every third is gzipped. Default: MIXED for --goals runs (the"
              + " sample), PLAIN for --rows runs (benchmarks).")
  private ExportFiles.Formats formats;

  @Option(
      names = "--start-month",
      defaultValue = "2025-05",
      description = "First month, YYYY-MM (default: ${DEFAULT-VALUE}).")
  private YearMonth startMonth;

  @Option(
      names = "--months",
      defaultValue = "18",
      description = "Number of months (default: ${DEFAULT-VALUE}, so the sample ends 2026-10).")
  private int months;

  @Option(
      names = "--supervisors",
      defaultValue = "4",
      description = "Clinical supervisors (default: ${DEFAULT-VALUE}).")
  private int supervisors;

  @Option(
      names = "--therapists-per-supervisor",
      defaultValue = "4",
      description = "(default: ${DEFAULT-VALUE})")
  private int therapistsPerSupervisor;

  @Option(
      names = "--bad-rows",
      arity = "0..1",
      fallbackValue = "catalogue",
      paramLabel = "catalogue|none|SHARE",
      description =
          "Mix in rows goalshift must refuse: 'catalogue' writes each kind once, a number such as"
              + " 0.001 writes that share of bad rows, 'none' writes none. Default: catalogue for"
              + " --goals runs (the sample), none for --rows runs (benchmarks).")
  private String badRows;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SampleDataGenerator()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    validate();
    boolean benchmark = size.rows != null;
    long goalTarget = size.goals != null ? size.goals : benchmark ? Long.MAX_VALUE : 400;
    long rowTarget = benchmark ? size.rows : Long.MAX_VALUE;
    long expectedRows = benchmark ? rowTarget : (long) (goalTarget * ROWS_PER_GOAL);
    ExportFiles.Formats layout =
        formats != null
            ? formats
            : benchmark ? ExportFiles.Formats.PLAIN : ExportFiles.Formats.MIXED;

    long started = System.nanoTime();
    GoalHistories histories =
        new GoalHistories(seed, startMonth, months, supervisors, therapistsPerSupervisor);
    ExportFiles exportFiles = new ExportFiles(output, startMonth, months, files, layout, gzip);
    Counts counts;
    BadRows bad;
    try (exportFiles) {
      bad = badRows(exportFiles, benchmark, expectedRows);
      counts = new Counts(exportFiles, bad, goalTarget, rowTarget);
      while (counts.wantsAnotherGoal()) {
        histories.nextClient(counts);
      }
      bad.finish();
    }
    report(exportFiles, counts, bad, started);
    return 0;
  }

  private void validate() {
    if (files < 1 || files > months) {
      throw new ParameterException(
          spec.commandLine(),
          "--files must be between 1 and --months (" + months + "), got " + files);
    }
    if (months < 1 || supervisors < 1 || therapistsPerSupervisor < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--months, --supervisors and --therapists-per-supervisor must be at least 1");
    }
    if ((long) supervisors * therapistsPerSupervisor > 1 << 16) {
      throw new ParameterException(spec.commandLine(), "at most 65536 therapists in all");
    }
    if (size.goals != null && size.goals < 1 || size.rows != null && size.rows < 1) {
      throw new ParameterException(spec.commandLine(), "--goals and --rows must be at least 1");
    }
  }

  private BadRows badRows(ExportFiles exportFiles, boolean benchmark, long expectedRows) {
    PseudonymousIds ids = new PseudonymousIds(seed);
    String choice = badRows != null ? badRows : benchmark ? "none" : "catalogue";
    switch (choice.toLowerCase(Locale.ROOT)) {
      case "none":
        return BadRows.none(exportFiles, ids);
      case "catalogue":
        return BadRows.catalogue(exportFiles, ids, expectedRows);
      default:
        try {
          double share = Double.parseDouble(choice);
          if (share > 0 && share <= 0.5) {
            return BadRows.share(exportFiles, ids, share);
          }
        } catch (NumberFormatException e) {
          // Falls through to the usage error, which names the value.
        }
        throw new ParameterException(
            spec.commandLine(),
            "--bad-rows takes 'catalogue', 'none' or a share in (0, 0.5], got '" + badRows + "'");
    }
  }

  private void report(ExportFiles exportFiles, Counts counts, BadRows bad, long started)
      throws IOException {
    double seconds = (System.nanoTime() - started) / 1e9;
    long bytes = 0;
    for (ExportFiles.Layout file : exportFiles.layouts()) {
      bytes += Files.size(file.path());
    }
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "wrote %,d goal versions of %,d goals and %,d bad rows to %d files in %s: %,d bytes,"
            + " %.1f s, %,.0f rows/s%n",
        counts.rows,
        counts.goals,
        bad.total(),
        exportFiles.fileCount(),
        output,
        bytes,
        seconds,
        counts.rows / Math.max(seconds, 1e-9));
    err.flush();
  }

  /** Writes each good row to its month's file, counts it, and lets the bad-row catalogue follow. */
  private static final class Counts implements GoalHistories.Sink {
    private final ExportFiles exportFiles;
    private final BadRows bad;
    private final long goalTarget;
    private final long rowTarget;
    private long goals;
    private long rows;

    Counts(ExportFiles exportFiles, BadRows bad, long goalTarget, long rowTarget) {
      this.exportFiles = exportFiles;
      this.bad = bad;
      this.goalTarget = goalTarget;
      this.rowTarget = rowTarget;
    }

    @Override
    public boolean wantsAnotherGoal() {
      return goals < goalTarget && rows < rowTarget;
    }

    @Override
    public boolean wantsAnotherRow() {
      return rows < rowTarget;
    }

    @Override
    public void accept(ExportRow row) {
      if ("1".equals(row.fields()[ExportRow.VERSION])) {
        goals++;
      }
      rows++;
      int file = exportFiles.fileForMonth(row.monthIndex());
      exportFiles.write(file, row.fields());
      bad.afterGoodRow(row, file);
    }
  }
}
