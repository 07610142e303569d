package org.goalshift.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One row per therapist (in a supervisor's workbook) or per supervisor (in the overview) with the
 * month's figures and a total row. Small counts are suppressed, and rates over fewer than 30 goals
 * carry a 95% Wilson interval.
 */
final class BreakdownSheet {
  static final String THERAPISTS = "Therapists";
  static final String SUPERVISORS = "Supervisors";
  static final int HEADER_ROW = 3;

  /** Below this denominator a rate is shown with its 95% interval. */
  static final int INTERVAL_BELOW = 30;

  static final String[] COUNT_TITLES = {
    "Active goals",
    "New goals",
    "Revisions",
    "Goals revised",
    "Reframes to relationship",
    "Reframes to performance"
  };
  static final String[] RATE_TITLES = {
    "Share relationship-oriented", "95% interval low", "95% interval high",
    "Revised within 90 days", "95% interval low", "95% interval high",
    "Share naming something wanted", "95% interval low", "95% interval high"
  };
  static final String MEDIAN_TITLE = "Median days to first revision";
  static final int FIRST_RATE_COLUMN = 1 + COUNT_TITLES.length;
  static final int MEDIAN_COLUMN = FIRST_RATE_COLUMN + RATE_TITLES.length;
  private static final List<ToLongFunction<MonthlyFigures>> COUNTS =
      List.of(
          MonthlyFigures::activeGoals,
          MonthlyFigures::newGoals,
          MonthlyFigures::revisions,
          MonthlyFigures::goalsRevised,
          MonthlyFigures::reframesToRelationship,
          MonthlyFigures::reframesToPerformance);

  private final Styles styles;
  private final Suppression suppression;

  BreakdownSheet(Styles styles, Suppression suppression) {
    this.styles = styles;
    this.suppression = suppression;
  }

  /**
   * @param rowTitle "Therapist" or "Supervisor"
   * @param withMedian add the Kaplan-Meier median column (known per supervisor, not per therapist)
   */
  void write(
      Sheet sheet,
      String title,
      String rowTitle,
      List<TeamFigures> rows,
      YearMonth month,
      boolean withMedian) {
    SheetLayout.title(
        sheet,
        title,
        "Figures for "
            + Headlines.monthName(month)
            + ". Counts from 1 to "
            + (suppression.threshold() - 1)
            + " show as "
            + suppression.smallMarker()
            + "; \"hidden\" protects such a count from being worked out from the total.",
        styles);
    List<String> titles = new ArrayList<>();
    titles.add(rowTitle);
    titles.addAll(List.of(COUNT_TITLES));
    titles.addAll(List.of(RATE_TITLES));
    if (withMedian) {
      titles.add(MEDIAN_TITLE);
    }
    SheetLayout.header(sheet, HEADER_ROW, titles.toArray(String[]::new), styles);

    List<MonthlyFigures> monthRows = rows.stream().map(row -> row.at(month)).toList();
    List<Suppression.Column> columns = new ArrayList<>();
    for (ToLongFunction<MonthlyFigures> count : COUNTS) {
      columns.add(suppression.column(monthRows.stream().map(m -> count.applyAsLong(m)).toList()));
    }
    int rowIndex = HEADER_ROW + 1;
    for (int i = 0; i < rows.size(); i++) {
      TeamFigures figures = rows.get(i);
      Row row = sheet.createRow(rowIndex++);
      Cells.text(row, 0, figures.id(), styles, Style.TEXT);
      for (int c = 0; c < columns.size(); c++) {
        Cells.shown(row, 1 + c, columns.get(c).cells().get(i), styles, false);
      }
      MonthlyFigures monthRow = monthRows.get(i);
      rates(
          row,
          monthRow.relationshipShare(),
          figures.revisedWithin90Days(),
          monthRow.wantedShare(),
          false);
      if (withMedian) {
        median(row, figures.medianDaysToFirstRevision());
      }
    }
    int lastDataRow = rowIndex - 1;
    Row total = sheet.createRow(rowIndex);
    Cells.text(total, 0, "Total", styles, Style.TOTAL_TEXT);
    for (int c = 0; c < columns.size(); c++) {
      Cells.shown(total, 1 + c, columns.get(c).total(), styles, true);
    }
    rates(
        total,
        monthRows.stream()
            .map(MonthlyFigures::relationshipShare)
            .reduce(Proportion.EMPTY, Proportion::plus),
        rows.stream()
            .map(TeamFigures::revisedWithin90Days)
            .reduce(Proportion.EMPTY, Proportion::plus),
        monthRows.stream()
            .map(MonthlyFigures::wantedShare)
            .reduce(Proportion.EMPTY, Proportion::plus),
        true);
    if (withMedian) {
      Cells.text(total, MEDIAN_COLUMN, "see Summary", styles, Style.TOTAL_MARKER);
    }

    int[] widths = new int[titles.size()];
    Arrays.fill(widths, 12);
    widths[0] = 16;
    SheetLayout.widths(sheet, widths);
    SheetLayout.table(sheet, HEADER_ROW, lastDataRow, titles.size());
  }

  private void rates(
      Row row, Proportion relationship, Proportion within90, Proportion wanted, boolean total) {
    int column = FIRST_RATE_COLUMN;
    rate(row, column, relationship, total);
    rate(row, column + 3, within90, total);
    rate(row, column + 6, wanted, total);
  }

  private void rate(Row row, int column, Proportion proportion, boolean total) {
    Style marker = total ? Style.TOTAL_MARKER : Style.MARKER;
    if (!proportion.defined()) {
      Cells.text(row, column, "no goals", styles, marker);
    } else if (suppression.hidesRate(proportion)) {
      Cells.text(row, column, Suppression.SECONDARY_MARKER, styles, marker);
    } else {
      Style percent = total ? Style.TOTAL_PERCENT : Style.PERCENT;
      Cells.number(row, column, proportion.share(), styles, percent);
      if (proportion.denominator() < INTERVAL_BELOW) {
        Proportion.Interval interval = proportion.wilson95();
        Cells.number(row, column + 1, interval.low(), styles, percent);
        Cells.number(row, column + 2, interval.high(), styles, percent);
      }
    }
  }

  private void median(Row row, Double days) {
    if (days == null) {
      Cells.text(row, MEDIAN_COLUMN, "none yet", styles, Style.MARKER);
    } else {
      Cells.number(row, MEDIAN_COLUMN, days, styles, Style.INTEGER);
    }
  }
}
