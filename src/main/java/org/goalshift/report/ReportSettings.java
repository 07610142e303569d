package org.goalshift.report;

/**
 * Choices a report can be tuned by.
 *
 * @param smallCountThreshold k: in a breakdown a count from 1 to k-1 is shown as "&lt;k" (CMS uses
 *     11; NHS Digital suppresses 1 to 7, i.e. k = 8)
 * @param roundToNearestFive round every shown breakdown count to the nearest 5, as NHS Digital does
 * @param maxRowsPerSheet the most goals a supervisor's Attention sheet lists (longest unchanged
 *     first) before it is capped with a note pointing to data/attention.csv; at most Excel's limit
 *     of 1,048,576 rows less the header rows
 */
public record ReportSettings(
    int smallCountThreshold, boolean roundToNearestFive, int maxRowsPerSheet) {
  /** Excel's row limit less the header row and the note that says the list was cut. */
  public static final int EXCEL_MAX_DATA_ROWS = 1_048_576 - 4;

  public ReportSettings {
    if (smallCountThreshold < 1) {
      throw new IllegalArgumentException(
          "smallCountThreshold must be at least 1 (1 turns suppression off), got "
              + smallCountThreshold);
    }
    if (maxRowsPerSheet < 1 || maxRowsPerSheet > EXCEL_MAX_DATA_ROWS) {
      throw new IllegalArgumentException(
          "maxRowsPerSheet must be 1.." + EXCEL_MAX_DATA_ROWS + ", got " + maxRowsPerSheet);
    }
  }

  /**
   * More goals than a supervisor can raise in a month's supervision. Also a memory bound: the
   * listed goals are collected to the driver, and a 20-million-row export has millions of stuck
   * goals.
   */
  public static final int DEFAULT_ATTENTION_ROWS = 1_000;

  /** The smallest count a breakdown shows as it is: the k of "counts 1 to k-1 show as <k". */
  public static final int DEFAULT_SUPPRESS_BELOW = 5;

  public static ReportSettings defaults() {
    return new ReportSettings(DEFAULT_SUPPRESS_BELOW, false, DEFAULT_ATTENTION_ROWS);
  }
}
