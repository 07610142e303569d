package org.goalshift.cli;

import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.goalshift.classify.Classify;
import org.goalshift.classify.Lexicon;
import org.goalshift.engine.SparkSessions;
import org.goalshift.ingest.ColumnMapping;
import org.goalshift.measure.Evolution;
import org.goalshift.output.DataFiles;
import org.goalshift.pipeline.ReportPipeline;
import org.goalshift.pipeline.RunSettings;
import org.goalshift.pipeline.RunSummary;
import org.goalshift.privacy.Redactor;
import org.goalshift.report.ReportSettings;
import org.goalshift.report.Workbooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Reads goal-history exports and writes the month's report under OUTPUT/YYYY-MM/:",
      "supervisors/<id>.xlsx, overview.xlsx, data/*.csv (or .parquet), rejected.csv and",
      "run-summary.json. Every version recorded up to the end of the month is used."
    })
final class ReportCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);

  /** A text with a name, a phone number and a date: the redactor's common detectors run on it. */
  private static final String REDACTOR_WARM_UP =
      "Call my sister Jane on 07700 900123 before 3 March";

  @ParentCommand private GoalshiftCommand root;
  @Spec private CommandSpec spec;
  @Mixin private CommonOptions common;

  @Option(
      names = "--input",
      paramLabel = "PATH",
      description = "Export file or folder (.csv, .csv.gz); repeat for several.")
  private List<String> inputs;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      converter = MonthConverter.class,
      description = "The report month.")
  private YearMonth month;

  @Option(names = "--output", paramLabel = "DIR", description = "Where OUTPUT/YYYY-MM/ is written.")
  private String output;

  @Option(
      names = "--format",
      paramLabel = "csv|parquet",
      defaultValue = "csv",
      description = "Format of the data/ files (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(
      names = "--reject-threshold",
      paramLabel = "SHARE",
      defaultValue = "" + RunSettings.DEFAULT_REJECT_THRESHOLD,
      description =
          "Exit 3 if more than this share of rows is rejected (default: ${DEFAULT-VALUE}).")
  private double rejectThreshold;

  @Option(
      names = "--column",
      paramLabel = "COLUMN=HEADER",
      split = ",",
      description = "Read COLUMN from a header named HEADER, e.g. goal_id=GoalRef.")
  private Map<String, String> columnAliases = new LinkedHashMap<>();

  @Option(
      names = "--suppress-below",
      paramLabel = "K",
      defaultValue = "" + ReportSettings.DEFAULT_SUPPRESS_BELOW,
      description =
          "Counts from 1 to K-1 in per-therapist breakdowns show as <K (default:"
              + " ${DEFAULT-VALUE}).")
  private int suppressBelow;

  @Option(
      names = "--round-to-five",
      defaultValue = "false",
      fallbackValue = "true",
      arity = "0..1",
      description = "Also round shown breakdown counts to the nearest 5 (NHS Digital practice).")
  private boolean roundToFive;

  @Option(
      names = "--attention-days",
      paramLabel = "DAYS",
      defaultValue = "" + Evolution.DEFAULT_ATTENTION_DAYS,
      description =
          "Open performance-target goals unchanged this long are listed for attention (default:"
              + " ${DEFAULT-VALUE}).")
  private int attentionDays;

  @Option(
      names = "--allow-empty",
      defaultValue = "false",
      fallbackValue = "true",
      arity = "0..1",
      description =
          "Publish the month even when the inputs hold no record (otherwise exit 1 and keep the"
              + " previous report).")
  private boolean allowEmpty;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "Keep every export's checked, labelled and redacted records in DIR, so that a later run"
              + " reads only new or changed exports.")
  private String store;

  @Option(
      names = "--rebuild-store",
      defaultValue = "false",
      fallbackValue = "true",
      arity = "0..1",
      description = "Make the store again from the exports, whatever it holds (a damaged store).")
  private boolean rebuildStore;

  @Override
  public Integer call() {
    UsageException.requireOption(inputs != null && !inputs.isEmpty(), "--input");
    UsageException.requireOption(month != null, "--month");
    UsageException.requireOption(output != null, "--output");
    if (rejectThreshold < 0 || rejectThreshold > 1) {
      throw new UsageException(
          "--reject-threshold must be between 0 and 1, not " + rejectThreshold);
    }
    if (suppressBelow < 1) {
      throw new UsageException(
          "--suppress-below must be at least 1 (1 turns suppression off), not " + suppressBelow);
    }
    if (rebuildStore && store == null) {
      throw new UsageException("--rebuild-store needs --store DIR");
    }
    if (attentionDays < 1) {
      throw new UsageException("--attention-days must be at least 1, not " + attentionDays);
    }
    RunSettings settings =
        new RunSettings(
            inputs,
            month,
            output,
            formatOf(format),
            rejectThreshold,
            columnMapping(columnAliases),
            common.lexicon(),
            new ReportSettings(
                suppressBelow, roundToFive, ReportSettings.defaults().maxRowsPerSheet()),
            attentionDays,
            allowEmpty,
            store,
            rebuildStore);
    common.applyVerbosity();
    preloadLibraries(settings.lexicon());
    SparkSession spark = root.openSession("goalshift report " + month);
    try {
      RunSummary summary = ReportPipeline.run(spark, settings);
      RunSummary.Counts counts = summary.counts();
      spec.commandLine()
          .getErr()
          .printf(
              "goalshift: %s report in %s/%s: %,d rows read = %,d accepted + %,d rejected + %,d"
                  + " duplicates dropped%n",
              month,
              output,
              month,
              counts.rowsRead(),
              counts.rowsAccepted(),
              counts.rowsRejected(),
              counts.duplicatesDropped());
      return summary.exitCode();
    } finally {
      root.closeSession(spark);
    }
  }

  static ColumnMapping columnMapping(Map<String, String> aliases) {
    try {
      return ColumnMapping.withAliases(aliases);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * Starting Spark and planning the first queries leave a core idle on a small machine. The
   * libraries the run needs later start up there meanwhile, in the order the run needs them: Spark
   * SQL's table of built-in functions and its SQL parser, which every session and the first plans
   * set up once per JVM; the lexicon's classifier and the redactor's patterns (under embedded Spark
   * the tasks run in this JVM and find them ready); then POI (see {@link Workbooks#preload}). A
   * failure only costs the time saved, so it is logged and the run goes on.
   */
  private static void preloadLibraries(Lexicon lexicon) {
    Thread preload =
        new Thread(
            () -> {
              try {
                SparkSessions.warmUpCatalyst();
                Classify.prepare(lexicon);
                Redactor.standard().redact(REDACTOR_WARM_UP);
                Workbooks.preload();
              } catch (IOException | RuntimeException e) {
                LOG.debug("Preloading failed; the run loads what it needs when it needs it", e);
              }
            },
            "preload");
    preload.setDaemon(true);
    preload.start();
  }

  private static DataFiles.Format formatOf(String name) {
    for (DataFiles.Format candidate : DataFiles.Format.values()) {
      if (candidate.extension().equalsIgnoreCase(name)) {
        return candidate;
      }
    }
    throw new UsageException("--format must be csv or parquet, not '" + name + "'");
  }

  /** Accepts exactly YYYY-MM, so that "2026-1" or "10/2026" is refused rather than guessed. */
  static final class MonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      if (!value.matches("\\d{4}-\\d{2}")) {
        throw new TypeConversionException(
            "'" + value + "' is not a month in the form YYYY-MM (e.g. 2026-10)");
      }
      try {
        return YearMonth.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a real month (YYYY-MM, month 01-12)");
      }
    }
  }
}
