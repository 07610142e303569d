package org.goalshift.report;

/**
 * Choices a report can be tuned by.
 *
 * @param smallCountThreshold k: in a breakdown a count from 1 to k-1 is shown as "&lt;k" (CMS uses
 *     11; NHS Digital suppresses 1 to 7, i.e. k = 8)
 * @param roundToNearestFive round every shown breakdown count to the nearest 5, as NHS Digital does
 * @param maxRowsPerSheet data rows a sheet may hold before it is capped with a note; Excel's limit is
 *     1,048,576 rows including the header
 */
public record ReportSettings(int smallCountThreshold, boolean roundToNearestFive, int maxRowsPerSheet) {
  /** Excel's row limit less the header row and the note that says the list was cut. */
  public static final int EXCEL_MAX_DATA_ROWS = 1_048_576 - 4;

  public ReportSettings {
    if (smallCountThreshold < 1) {
      throw new IllegalArgumentException(
          "smallCountThreshold must be at least 1 (1 turns suppression off), got " + smallCountThreshold);
    }
    if (maxRowsPerSheet < 1 || maxRowsPerSheet > EXCEL_MAX_DATA_ROWS) {
      throw new IllegalArgumentException(
          "maxRowsPerSheet must be 1.." + EXCEL_MAX_DATA_ROWS + ", got " + maxRowsPerSheet);
    }
  }

  public static ReportSettings defaults() {
    return new ReportSettings(5, false, EXCEL_MAX_DATA_ROWS);
  }
}
