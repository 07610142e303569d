package org.goalshift.report;

import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The sheet a supervisor reads first: the month's headline figures, compared and put in words. */
final class SummarySheet {
  static final String NAME = "Summary";
  static final int HEADER_ROW = 3;
  static final int FIGURE = 0;
  static final int THIS_MONTH = 1;
  static final int PREVIOUS_MONTH = 2;
  static final int AVERAGE = 3;
  static final int DIRECTION = 4;
  static final int IN_WORDS = 5;

  /** Shown where a running figure has no monthly value to compare. */
  static final String NOT_MONTHLY = "\u2013";

  private final Styles styles;

  SummarySheet(Styles styles) {
    this.styles = styles;
  }

  void write(
      Sheet sheet, String title, YearMonth month, List<Headline> headlines, String footnote) {
    SheetLayout.title(
        sheet, title, "The month of " + Headlines.monthName(month) + " at a glance", styles);
    String[] titles = {
      "Figure",
      Headlines.monthName(month),
      Headlines.monthName(month.minusMonths(1)),
      "12-month average",
      "Direction",
      "In plain words"
    };
    SheetLayout.header(sheet, HEADER_ROW, titles, styles);
    int rowIndex = HEADER_ROW + 1;
    for (Headline headline : headlines) {
      Row row = sheet.createRow(rowIndex++);
      Cells.text(row, FIGURE, headline.figure(), styles, Style.LABEL);
      value(row, THIS_MONTH, headline.current(), headline.kind(), "none yet");
      value(row, PREVIOUS_MONTH, headline.previous(), headline.kind(), NOT_MONTHLY);
      value(row, AVERAGE, headline.average(), headline.kind(), NOT_MONTHLY);
      Cells.text(row, DIRECTION, arrow(headline.direction()), styles, Style.CENTRED_TEXT);
      Cells.text(row, IN_WORDS, headline.sentence(), styles, Style.WRAPPED_TEXT);
      row.setHeightInPoints(30);
    }
    Cells.text(sheet.createRow(rowIndex + 1), 0, footnote, styles, Style.NOTE);
    Cells.text(
        sheet.createRow(rowIndex + 2),
        0,
        "A dash means the figure is a running total over all goals, not a monthly one."
            + " Every figure is explained on the Definitions sheet.",
        styles,
        Style.NOTE);
    SheetLayout.widths(sheet, 44, 16, 16, 16, 12, 90);
    sheet.createFreezePane(0, HEADER_ROW + 1);
  }

  private void value(Row row, int column, Double value, Headline.Kind kind, String missing) {
    if (value == null) {
      Cells.text(row, column, missing, styles, Style.MARKER);
      return;
    }
    Style style =
        switch (kind) {
          case SHARE -> Style.PERCENT;
          case DAYS -> Style.INTEGER;
          case COUNT -> column == AVERAGE ? Style.DECIMAL : Style.INTEGER;
        };
    Cells.number(row, column, value, styles, style);
  }

  static String arrow(String direction) {
    if (direction == null) {
      return NOT_MONTHLY;
    }
    return switch (direction) {
      case "up" -> "\u25B2 up";
      case "down" -> "\u25BC down";
      default -> "= same";
    };
  }
}
