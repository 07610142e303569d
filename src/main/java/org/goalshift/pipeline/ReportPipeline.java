package org.goalshift.pipeline;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.goalshift.schema.Columns.*;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkExecutorInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.goalshift.engine.Parallel;
import org.goalshift.engine.SparkSessions;
import org.goalshift.ingest.InputFiles;
import org.goalshift.ingest.InputFiles.InputFile;
import org.goalshift.measure.Definitions;
import org.goalshift.measure.Evolution;
import org.goalshift.measure.Measured;
import org.goalshift.output.DataFiles;
import org.goalshift.privacy.Redaction;
import org.goalshift.report.ReportModel;
import org.goalshift.report.ReportModelBuilder;
import org.goalshift.report.RunInfo;
import org.goalshift.report.Workbooks;
import org.goalshift.schema.Columns;
import org.goalshift.schema.Rejection;
import org.goalshift.store.GoalStore;
import org.goalshift.store.Records;
import org.goalshift.validate.DataQuality;
import org.goalshift.validate.Outcomes;
import org.goalshift.validate.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report job: ingest, validate, classify, measure, write workbooks, in that order, into a
 * staging folder that is moved into place at the end.
 *
 * <p>The export is parsed once: the checked records are cached (shuffled by goal once, see {@link
 * Validation}), then the labelled versions in the report, and every output is derived from those
 * caches. Workbooks are built from small aggregates only.
 */
public final class ReportPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(ReportPipeline.class);

  /**
   * Stage names, as they appear in run-summary.json's durations_ms and in progress lines. With a
   * store, new exports are read, checked, labelled and redacted into it in {@link #INGEST}; without
   * one, Spark does that work within {@link #VALIDATE}, in one pass with the checks across records.
   */
  public static final String INGEST = "ingest";

  public static final String VALIDATE = "validate";
  public static final String MEASURE = "measure";
  public static final String WORKBOOKS = "workbooks";
  public static final String TOTAL = "total";

  public static final String DATA_DIR = "data";
  public static final String REJECTED = "rejected";
  public static final String RUN_SUMMARY = "run-summary.json";

  /**
   * Exit status of a run that wrote everything but rejected more rows than the threshold allows.
   */
  public static final int EXIT_TOO_MANY_REJECTIONS = 3;

  /**
   * Spark jobs run at once for the data files, the workbook queries and the workbooks. A small job
   * is bound by the driver's planning and scheduling, with the executors idle, so more than one per
   * core still helps. A large job's tasks queue for the cores as before.
   */
  private static final int PARALLEL_QUERIES = 4;

  private ReportPipeline() {}

  /** Writes one data file, logging how long it took: the outputs are written side by side. */
  private static Path write(
      Measured.Output output, String name, DataFiles.Format format, FileSystem fs, Path data) {
    long started = System.nanoTime();
    Path file =
        DataFiles.write(
            output.data().get(),
            fs,
            data,
            name,
            format,
            output.size(),
            new String[0],
            output.order());
    LOG.info("{} written in {} ms", name, Duration.ofNanos(System.nanoTime() - started).toMillis());
    return file;
  }

  public static RunSummary run(SparkSession spark, RunSettings settings) {
    Instant started = Instant.now();
    long startNanos = System.nanoTime();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = InputFiles.list(settings.inputs(), hadoop);
    SparkSessions.sizeToInput(spark, files.stream().mapToLong(InputFile::bytes).sum());
    Map<String, Long> durations = new LinkedHashMap<>();
    try (MonthOutput output = MonthOutput.begin(settings.output(), settings.month(), hadoop);
        GoalStore store =
            settings.store() == null
                ? null
                : GoalStore.open(spark, settings.store(), settings.rebuildStore());
        Progress progress = Progress.start(spark);
        Parallel parallel = new Parallel(PARALLEL_QUERIES);
        RunningJobs jobs = new RunningJobs(spark)) {
      FileSystem fs = output.fileSystem();
      Path staging = output.staging();
      Path data = new Path(staging, DATA_DIR);
      List<Path> written = new ArrayList<>();

      Dataset<Row> records;
      GoalStore.Changes storeChanges = null;
      if (store == null) {
        records = Records.fromExports(spark, files, settings.columns(), settings.lexicon());
      } else {
        progress.begin(INGEST);
        GoalStore.Contents contents =
            store.update(
                files, settings.columns(), settings.lexicon(), Version.current(), parallel);
        records = contents.records();
        storeChanges = contents.changes();
        durations.put(
            INGEST,
            progress.end(storeChanges.read().size() + " export file(s) read into the store"));
      }

      progress.begin(VALIDATE);
      Dataset<Row> checked =
          Validation.checkAcross(records).persist(StorageLevel.MEMORY_AND_DISK());
      Validation.Validated validated = Validation.split(checked);
      Outcomes outcomes = Outcomes.tally(checked, settings.month());
      written.add(
          DataFiles.write(
              withRecordsAsWritten(validated.rejected(), checked, outcomes, store),
              fs,
              staging,
              REJECTED,
              DataFiles.Format.CSV,
              col(SOURCE_FILE),
              col(LINE_NUMBER)));
      if (outcomes.overall().rowsRead() == 0 && !settings.allowEmpty()) {
        throw new EmptyExportException(
            "no rows read from "
                + files.size()
                + (files.size() == 1 ? " input file" : " input files")
                + ", so the month is not published and any previous report stays (--allow-empty"
                + " publishes an empty month)");
      }
      durations.put(VALIDATE, progress.end(outcomes.overall().rowsRead() + " rows read"));

      progress.begin(MEASURE);
      // Not cached again: the revision flags are one window over the cached records, which are
      // already clustered and sorted by goal and version, so each output's pass repeats only it.
      Dataset<Row> versions =
          Evolution.versions(
              validated.accepted().filter(Definitions.recordedByMonthEnd(settings.month())));
      Map<String, Long> redactions = Redaction.countByType(versions);
      Measured measured = Measured.of(versions, settings.month(), settings.attentionDays());
      List<CompletableFuture<Path>> dataFiles = new ArrayList<>();
      measured
          .outputs()
          .forEach(
              (name, result) ->
                  dataFiles.add(
                      parallel.start(() -> write(result, name, settings.format(), fs, data))));
      dataFiles.forEach(file -> written.add(Parallel.await(file)));
      Map<String, Integer> medians = measured.medians();
      long goals = measured.goalCount();
      durations.put(MEASURE, progress.end(goals + " goals measured"));

      progress.begin(WORKBOOKS);
      RunInfo info =
          new RunInfo(
              files.stream().map(InputFile::displayName).toList(),
              started,
              Duration.ofNanos(System.nanoTime() - startNanos),
              Version.current());
      ReportModel model =
          ReportModelBuilder.build(
              settings.month(),
              measured.workbookFigures(medians, settings.workbooks().maxRowsPerSheet(), parallel),
              new ReportModelBuilder.RunFacts(outcomes.overall(), outcomes.bySupervisor(), info));
      written.addAll(writeWorkbooks(model, fs, staging, settings, parallel));
      durations.put(WORKBOOKS, progress.end(written.size() + " files written"));
      durations.put(TOTAL, Duration.ofNanos(System.nanoTime() - startNanos).toMillis());

      measured.release();
      checked.unpersist();
      RunSummary summary =
          summarise(
              settings,
              started,
              files,
              outcomes,
              goals,
              durations,
              redactions,
              medians,
              storeChanges,
              staging,
              written);
      summary.write(fs, new Path(staging, RUN_SUMMARY));
      output.publish();
      LOG.info(
          "Report for {} written to {} ({})",
          settings.month(),
          output.finalDir(),
          summary.status());
      return summary;
    } catch (IOException | RuntimeException | FSError e) {
      throw explained(e, spark, settings);
    }
  }

  private static final String CONFLICTING = Rejection.CONFLICTING_VERSION.code();
  private static final String AS_WRITTEN = "as_written";

  /**
   * The rejected records, each with its record as written. A store keeps that text apart, read only
   * for records found to conflict, which the report otherwise never reads.
   */
  private static Dataset<Row> withRecordsAsWritten(
      Dataset<Row> rejected, Dataset<Row> checked, Outcomes outcomes, GoalStore store) {
    if (store == null || outcomes.overall().rejectedByReason().getOrDefault(CONFLICTING, 0L) == 0) {
      return rejected;
    }
    Dataset<Row> asWritten =
        store
            .recordsAsWritten(checked.filter(col(REJECT_CODE).equalTo(CONFLICTING)))
            .withColumnRenamed(RAW_RECORD, AS_WRITTEN);
    return rejected
        .join(asWritten, new String[] {SOURCE_FILE, LINE_NUMBER}, "left")
        .withColumn(RAW_RECORD, coalesce(col(RAW_RECORD), col(AS_WRITTEN)))
        .select(Arrays.stream(rejected.columns()).map(Columns::named).toArray(Column[]::new));
  }

  /**
   * Closed first of the run's resources: when one output fails, the others' jobs are still running
   * and writing into the staging folder. They are cancelled and waited for, so that the staging
   * folder is removed after its last write, not before, and no task logs its own failure after the
   * run's message. After a run that succeeded there is nothing to cancel.
   */
  private record RunningJobs(SparkSession spark) implements AutoCloseable {
    @Override
    public void close() {
      spark.sparkContext().cancelAllJobs();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (stillRunning(spark.sparkContext().statusTracker()) && System.nanoTime() < deadline) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** A cancelled stage ends before its tasks do: they run on until they next check. */
  private static boolean stillRunning(SparkStatusTracker status) {
    if (status.getActiveStageIds().length > 0) {
      return true;
    }
    for (SparkExecutorInfo executor : status.getExecutorInfos()) {
      if (executor.numRunningTasks() > 0) {
        return true;
      }
    }
    return false;
  }

  /** A failure as the operator should read it: a full disk named as such, with its folder. */
  private static RuntimeException explained(
      Throwable failure, SparkSession spark, RunSettings settings) {
    IOException diskFull = OutOfSpaceException.diskFull(failure);
    if (diskFull == null) {
      if (failure instanceof RuntimeException runtime) {
        return runtime;
      }
      IOException io =
          failure instanceof IOException checked
              ? checked
              : new IOException(failure.getMessage(), failure);
      return new UncheckedIOException(io.getMessage(), io);
    }
    List<java.nio.file.Path> folders = new ArrayList<>();
    Path output = new Path(settings.output());
    if (output.toUri().getScheme() == null || "file".equals(output.toUri().getScheme())) {
      folders.add(java.nio.file.Path.of(output.toUri().getPath()));
    }
    String tmp = System.getProperty("java.io.tmpdir");
    for (String local : spark.sparkContext().getConf().get("spark.local.dir", tmp).split(",")) {
      folders.add(java.nio.file.Path.of(local.strip()));
    }
    folders.add(java.nio.file.Path.of(tmp));
    OutOfSpaceException explained = OutOfSpaceException.in(folders, diskFull);
    explained.addSuppressed(failure);
    return explained;
  }

  /**
   * POI writes to local files. On a local output they go straight into the staging folder; for a
   * cluster file system (hdfs://, s3a://) they are written locally and copied up.
   */
  private static List<Path> writeWorkbooks(
      ReportModel model, FileSystem fs, Path staging, RunSettings settings, Parallel parallel)
      throws IOException {
    boolean local = fs instanceof LocalFileSystem || "file".equals(fs.getUri().getScheme());
    java.nio.file.Path target =
        local
            ? new File(staging.toUri()).toPath()
            : Files.createTempDirectory("goalshift-workbooks");
    List<java.nio.file.Path> workbooks =
        Workbooks.write(model, target, settings.workbooks(), parallel);
    List<Path> written = new ArrayList<>();
    for (java.nio.file.Path workbook : workbooks) {
      Path destination = new Path(staging, target.relativize(workbook).toString());
      if (!local) {
        fs.copyFromLocalFile(true, true, new Path(workbook.toUri()), destination);
      }
      written.add(destination);
    }
    return written;
  }

  private static RunSummary summarise(
      RunSettings settings,
      Instant started,
      List<InputFile> files,
      Outcomes outcomes,
      long goals,
      Map<String, Long> durations,
      Map<String, Long> redactions,
      Map<String, Integer> medians,
      GoalStore.Changes store,
      Path staging,
      List<Path> written) {
    DataQuality overall = outcomes.overall();
    double rejectedShare =
        overall.rowsRead() == 0 ? 0 : (double) overall.rowsRejected() / overall.rowsRead();
    boolean tooMany = rejectedShare > settings.rejectThreshold();
    if (tooMany) {
      LOG.error(
          "{} of {} rows ({}%) were rejected, more than the {}% allowed; see {}/rejected.csv",
          overall.rowsRejected(),
          overall.rowsRead(),
          String.format("%.1f", 100 * rejectedShare),
          String.format("%.1f", 100 * settings.rejectThreshold()),
          settings.month());
    }
    RunSummary.Counts counts =
        new RunSummary.Counts(
            overall.rowsRead(),
            overall.rowsAccepted(),
            overall.rowsRejected(),
            overall.duplicatesDropped(),
            overall.rowsRead()
                == overall.rowsAccepted() + overall.rowsRejected() + overall.duplicatesDropped(),
            rejectedShare,
            new TreeMap<>(overall.rejectedByReason()),
            outcomes.versionsAfterReportMonth(),
            outcomes.versionsInReport(),
            goals,
            outcomes.bySupervisor().size());
    String stagingPrefix = staging.toUri().getPath() + "/";
    List<String> relative =
        written.stream()
            .map(p -> p.toUri().getPath().substring(stagingPrefix.length()))
            .sorted()
            .toList();
    return new RunSummary(
        "goalshift",
        Version.current(),
        settings.month().toString(),
        tooMany ? "too_many_rejections" : "ok",
        tooMany ? EXIT_TOO_MANY_REJECTIONS : 0,
        started.toString(),
        Instant.now().toString(),
        files.stream().map(InputFile::displayName).toList(),
        settings.output(),
        settings.format().extension(),
        store,
        counts,
        settings.rejectThreshold(),
        durations,
        new TreeMap<>(redactions),
        medians,
        relative);
  }

  /** The inputs hold no record, and an empty month was not asked for. */
  public static final class EmptyExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EmptyExportException(String message) {
      super(message);
    }
  }
}
