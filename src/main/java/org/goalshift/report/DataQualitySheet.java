package org.goalshift.report;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.goalshift.validate.DataQuality;

/** What went into the report: rows read and what became of them, the input files, the run. */
final class DataQualitySheet {
  static final String NAME = "Data quality";
  static final String[] TITLES = {"Measure", "Rows"};
  static final String ROWS_READ = "Rows read";
  static final String ROWS_ACCEPTED = "Rows accepted";
  static final String ROWS_REJECTED = "Rows rejected";
  static final String DUPLICATES = "Exact duplicates dropped";
  static final String[] SUPERVISOR_TITLES = {
    "Supervisor", ROWS_READ, ROWS_ACCEPTED, ROWS_REJECTED, DUPLICATES
  };
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Styles styles;
  private int rowIndex;

  DataQualitySheet(Styles styles) {
    this.styles = styles;
  }

  /**
   * @param team the team's own input figures, or null in the overview
   * @param bySupervisor each supervisor's input figures, shown in the overview; empty otherwise
   */
  void write(
      Sheet sheet,
      String title,
      DataQuality team,
      DataQuality whole,
      Map<String, DataQuality> bySupervisor,
      RunInfo run) {
    SheetLayout.title(
        sheet,
        title,
        "Rows read = rows accepted + rows rejected + exact duplicates dropped. Rejected rows, with"
            + " their reasons, are in rejected.csv for the operator.",
        styles);
    rowIndex = 3;
    if (team != null) {
      quality(sheet, "This team's input", team);
    }
    quality(sheet, "The whole run", whole);
    if (!bySupervisor.isEmpty()) {
      section(sheet, "By supervisor");
      SheetLayout.header(sheet, rowIndex++, SUPERVISOR_TITLES, styles);
      for (Map.Entry<String, DataQuality> entry : bySupervisor.entrySet()) {
        Row row = sheet.createRow(rowIndex++);
        DataQuality quality = entry.getValue();
        Cells.text(row, 0, entry.getKey(), styles, Style.TEXT);
        long[] counts = {
          quality.rowsRead(),
          quality.rowsAccepted(),
          quality.rowsRejected(),
          quality.duplicatesDropped()
        };
        for (int i = 0; i < counts.length; i++) {
          Cells.number(row, 1 + i, counts[i], styles, Style.INTEGER);
        }
      }
      rowIndex++;
    }
    section(sheet, "The run");
    fact(sheet, "Program version", "goalshift " + run.programVersion());
    fact(sheet, "Run started", STARTED.format(run.startedAt()));
    fact(sheet, "Run time", duration(run.runTime()));
    fact(sheet, "Input files", run.inputFiles().isEmpty() ? "none" : run.inputFiles().get(0));
    for (String file :
        run.inputFiles().subList(Math.min(1, run.inputFiles().size()), run.inputFiles().size())) {
      fact(sheet, "", file);
    }
    SheetLayout.widths(sheet, 44, 18, 16, 16, 24);
  }

  private void quality(Sheet sheet, String heading, DataQuality quality) {
    section(sheet, heading);
    SheetLayout.header(sheet, rowIndex++, TITLES, styles);
    count(sheet, ROWS_READ, quality.rowsRead(), Style.LABEL);
    count(sheet, ROWS_ACCEPTED, quality.rowsAccepted(), Style.TEXT);
    count(sheet, ROWS_REJECTED, quality.rowsRejected(), Style.TEXT);
    for (Map.Entry<String, Long> reason : quality.rejectedByReason().entrySet()) {
      count(sheet, "    rejected: " + reason.getKey(), reason.getValue(), Style.TEXT);
    }
    count(sheet, DUPLICATES, quality.duplicatesDropped(), Style.TEXT);
    rowIndex++;
  }

  private void section(Sheet sheet, String heading) {
    Cells.text(sheet.createRow(rowIndex++), 0, heading, styles, Style.SECTION);
  }

  private void count(Sheet sheet, String measure, long rows, Style labelStyle) {
    Row row = sheet.createRow(rowIndex++);
    Cells.text(row, 0, measure, styles, labelStyle);
    Cells.number(row, 1, rows, styles, Style.INTEGER);
  }

  private void fact(Sheet sheet, String name, String value) {
    Row row = sheet.createRow(rowIndex++);
    Cells.text(row, 0, name, styles, Style.LABEL);
    Cells.text(row, 1, value, styles, Style.TEXT);
  }

  static String duration(Duration duration) {
    long seconds = Math.round(duration.toMillis() / 1000.0);
    return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
  }
}
