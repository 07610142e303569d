package org.goalshift.report;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;

/**
 * The only way the report writes a cell, so input text can never turn into something else: text is
 * always a string cell (a goal starting with "=" stays text, never a formula), control characters
 * that XML cannot hold are dropped, and text longer than a cell holds is cut with a visible marker.
 */
final class Cells {
  static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private Cells() {}

  static Cell text(Row row, int column, String value, Styles styles, Style style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(safeText(value));
    cell.setCellStyle(styles.get(style));
    return cell;
  }

  static Cell number(Row row, int column, double value, Styles styles, Style style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(styles.get(style));
    return cell;
  }

  /** A count from a breakdown: the number, or its suppression marker. */
  static Cell shown(Row row, int column, Suppression.Shown shown, Styles styles, boolean total) {
    return shown.hidden()
        ? text(row, column, shown.marker(), styles, total ? Style.TOTAL_MARKER : Style.MARKER)
        : number(row, column, shown.value(), styles, total ? Style.TOTAL_INTEGER : Style.INTEGER);
  }

  /** Text as a cell can hold it: printable, and at most {@link #MAX_TEXT} characters. */
  static String safeText(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder printable = new StringBuilder(Math.min(value.length(), MAX_TEXT + 64));
    int kept = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed =
          c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
      if (allowed) {
        printable.append(c);
        kept++;
      }
    }
    if (kept <= MAX_TEXT) {
      return printable.toString();
    }
    String marker = " [... cut: the full text has " + kept + " characters]";
    int keep = MAX_TEXT - marker.length();
    if (Character.isHighSurrogate(printable.charAt(keep - 1))) {
      keep--;
    }
    return printable.substring(0, keep) + marker;
  }
}
