package org.goalshift.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goalshift.engine.Parallel;
import org.goalshift.schema.Columns;
import org.goalshift.validate.DataQuality;

/** The report stage's one public door: writes a month's supervisor workbooks and the overview. */
public final class Workbooks {
  public static final String OVERVIEW_FILE = "overview.xlsx";
  public static final String SUPERVISORS_DIR = "supervisors";

  /** Rows the streaming writer keeps in memory; older rows are flushed to a temporary file. */
  private static final int STREAMING_WINDOW = 100;

  private static final Pattern UNSAFE_CHARACTER = Pattern.compile("[^A-Za-z0-9._-]");
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

  private Workbooks() {}

  /**
   * Writes {@code outputDir/overview.xlsx} and {@code outputDir/supervisors/<id>.xlsx} for every
   * supervisor, two at a time. Each file is written beside its final name and moved into place when
   * complete.
   *
   * @return the files written, overview first, then supervisors in the model's order
   */
  public static List<Path> write(ReportModel model, Path outputDir, ReportSettings settings)
      throws IOException {
    try (Parallel parallel = new Parallel(2)) {
      return write(model, outputDir, settings, parallel);
    }
  }

  /**
   * As {@link #write(ReportModel, Path, ReportSettings)}, on the given threads: each workbook is
   * built by one thread, and they share nothing but the model, which is immutable.
   */
  public static List<Path> write(
      ReportModel model, Path outputDir, ReportSettings settings, Parallel parallel)
      throws IOException {
    Path supervisorsDir = Files.createDirectories(outputDir.resolve(SUPERVISORS_DIR));
    List<CompletableFuture<Path>> written = new ArrayList<>();
    Path overview = outputDir.resolve(OVERVIEW_FILE);
    written.add(parallel.start(writing(overview, file -> writeOverview(model, file, settings))));
    for (TeamReport team : model.supervisors()) {
      Path file = supervisorsDir.resolve(safeFileName(team.supervisorId()) + ".xlsx");
      written.add(parallel.start(writing(file, f -> writeSupervisor(model, team, f, settings))));
    }
    try {
      return written.stream().map(Parallel::await).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes the workbooks of an empty month into a temporary folder and deletes them, so that POI's
   * classes are loaded and initialised while Spark starts rather than when the first real workbook
   * is due: on a cold JVM POI takes about two seconds over its first workbook, most of a small
   * report's workbook stage. Meant for a background thread at start-up.
   */
  public static void preload() throws IOException {
    YearMonth month = YearMonth.of(2000, 1);
    TeamFigures nothing =
        new TeamFigures(
            Columns.ALL_SUPERVISORS,
            List.of(MonthlyFigures.empty(month)),
            Map.of(),
            Proportion.EMPTY,
            null);
    TeamReport team = new TeamReport(nothing, List.of(), List.of(), List.of(), DataQuality.NONE);
    ReportModel empty =
        new ReportModel(
            month,
            nothing,
            List.of(team),
            DataQuality.NONE,
            new RunInfo(List.of(), Instant.EPOCH, Duration.ZERO, "preload"));
    Path dir = Files.createTempDirectory("goalshift-preload");
    try {
      write(empty, dir, ReportSettings.defaults());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private interface WorkbookWriter {
    void write(Path file) throws IOException;
  }

  private static Supplier<Path> writing(Path file, WorkbookWriter writer) {
    return () -> {
      try {
        writer.write(file);
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  static void writeSupervisor(
      ReportModel model, TeamReport team, Path file, ReportSettings settings) throws IOException {
    String title = "Supervisor " + team.supervisorId() + ": team goals";
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles =
          writeOpeningSheets(
              workbook,
              model,
              title,
              team.team(),
              "the team",
              team.attentionTotal(),
              "These are whole-team figures. Per-therapist figures, with small counts hidden, are on"
                  + " the Therapists sheet.");
      new BreakdownSheet(styles, Suppression.from(settings))
          .write(
              workbook.createSheet(BreakdownSheet.THERAPISTS),
              "Therapists of supervisor " + team.supervisorId(),
              "Therapist",
              team.therapists(),
              model.month(),
              false);
      // The Attention list can be long: from here on sheets stream, the ones above stay in memory
      // because their charts need the full XSSF model.
      SXSSFWorkbook streaming = new SXSSFWorkbook(workbook, STREAMING_WINDOW);
      try {
        new AttentionSheet(styles)
            .write(
                streaming.createSheet(AttentionSheet.NAME),
                "Goals to raise in supervision",
                team.attention(),
                team.attentionTotal(),
                team.onlyLessOf(),
                team.onlyLessOfClients(),
                settings.maxRowsPerSheet());
        new DataQualitySheet(styles)
            .write(
                streaming.createSheet(DataQualitySheet.NAME),
                "Data quality",
                team.quality(),
                model.quality(),
                Map.of(),
                model.run());
        new DefinitionsSheet(styles)
            .write(streaming.createSheet(DefinitionsSheet.NAME), "Definitions", settings);
        layOut(streaming, title, model);
        save(file, streaming::write);
      } finally {
        streaming.dispose();
      }
    }
  }

  static void writeOverview(ReportModel model, Path file, ReportSettings settings)
      throws IOException {
    String title = "All supervisors: goals across the organisation";
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles =
          writeOpeningSheets(
              workbook,
              model,
              title,
              model.organisation(),
              "the organisation",
              -1,
              "These are organisation-wide figures. Each supervisor's workbook has its team's.");
      new BreakdownSheet(styles, Suppression.from(settings))
          .write(
              workbook.createSheet(BreakdownSheet.SUPERVISORS),
              "Supervisors side by side",
              "Supervisor",
              model.supervisors().stream().map(TeamReport::team).toList(),
              model.month(),
              true);
      Map<String, DataQuality> bySupervisor = new LinkedHashMap<>();
      model.supervisors().forEach(team -> bySupervisor.put(team.supervisorId(), team.quality()));
      new DataQualitySheet(styles)
          .write(
              workbook.createSheet(DataQualitySheet.NAME),
              "Data quality",
              null,
              model.quality(),
              bySupervisor,
              model.run());
      new DefinitionsSheet(styles)
          .write(workbook.createSheet(DefinitionsSheet.NAME), "Definitions", settings);
      layOut(workbook, title, model);
      save(file, workbook::write);
    }
  }

  /**
   * Describes the workbook and writes the two sheets every workbook opens with: the headline
   * figures of {@code figures} for the month and their trends.
   *
   * @param who how the headlines name whose figures they are, e.g. "the team"
   * @param attentionGoals the team's stuck goals, listed on the Attention sheet or not; -1 when the
   *     workbook has no Attention sheet
   * @return the workbook's styles, for the sheets that follow
   */
  private static Styles writeOpeningSheets(
      XSSFWorkbook workbook,
      ReportModel model,
      String title,
      TeamFigures figures,
      String who,
      long attentionGoals,
      String footnote) {
    describe(workbook, model, title);
    Styles styles = new Styles(workbook);
    new SummarySheet(styles)
        .write(
            workbook.createSheet(SummarySheet.NAME),
            title + ", " + Headlines.monthName(model.month()),
            model.month(),
            Headlines.of(figures, model.month(), who, attentionGoals),
            footnote);
    new TrendsSheet(styles)
        .write(workbook.createSheet(TrendsSheet.NAME), title, figures, model.month());
    return styles;
  }

  private static void describe(XSSFWorkbook workbook, ReportModel model, String title) {
    POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
    core.setTitle(title + ", " + Headlines.monthName(model.month()));
    core.setSubjectProperty(
        "Therapy goal report for "
            + model.month()
            + ". Confidential: for clinical supervision only.");
    core.setCreator("goalshift " + model.run().programVersion());
    core.setKeywords("goalshift; " + model.month() + "; confidential");
    // The run's start, not the wall clock, so rerunning a month describes the same report.
    core.setCreated(Optional.of(Date.from(model.run().startedAt())));
  }

  private static void layOut(Workbook workbook, String title, ReportModel model) {
    workbook.forEach(sheet -> SheetLayout.printSetup(sheet, title, model.month()));
    workbook.setActiveSheet(0);
  }

  /** How a workbook writes itself to a stream. */
  @FunctionalInterface
  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static void save(Path file, Writer writer) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial)) {
      writer.write(out);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * A file name that stays inside its folder on every system: letters, digits, "-", "_" and "."
   * only, no "..", no leading dot and no device name. An id that had to change gets a short hash of
   * the original, so two ids never share a file.
   */
  public static String safeFileName(String id) {
    String safe = UNSAFE_CHARACTER.matcher(id).replaceAll("_").replace("..", "__");
    if (safe.isEmpty() || safe.startsWith(".") || WINDOWS_DEVICE.matcher(safe).matches()) {
      safe = "_" + safe;
    }
    if (safe.length() > 80) {
      safe = safe.substring(0, 80);
    }
    return safe.equals(id) ? safe : safe + "-" + shortHash(id);
  }

  private static String shortHash(String id) {
    return DigestUtils.sha256Hex(id).substring(0, 8);
  }
}
