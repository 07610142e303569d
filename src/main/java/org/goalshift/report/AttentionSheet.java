package org.goalshift.report;

import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The goals a supervisor may want to raise in supervision, longest unchanged first. Written to a
 * streaming sheet: a large service can have many thousands, and a capped list says where the rest is.
 */
final class AttentionSheet {
  static final String NAME = "Attention";
  static final int NOTE_ROW = 1;
  static final int HEADER_ROW = 3;
  static final String[] TITLES = {
    "Goal", "Client", "Therapist", "Days unchanged", "Latest label", "Cues", "Goal text (latest, redacted)"
  };
  static final int GOAL_TEXT = 6;
  static final Comparator<AttentionGoal> LONGEST_UNCHANGED_FIRST =
      Comparator.comparingLong(AttentionGoal::daysUnchanged)
          .reversed()
          .thenComparing(AttentionGoal::goalId);

  private final Styles styles;

  AttentionSheet(Styles styles) {
    this.styles = styles;
  }

  void write(Sheet sheet, String title, List<AttentionGoal> goals, int maxRows) {
    List<AttentionGoal> ordered = goals.stream().sorted(LONGEST_UNCHANGED_FIRST).toList();
    int shown = Math.min(ordered.size(), maxRows);
    String note =
        shown < ordered.size()
            ? "Showing the "
                + shown
                + " longest unchanged of "
                + ordered.size()
                + " goals (a sheet holds no more); the full list is in data/attention.csv."
            : ordered.isEmpty()
                ? "No goal needs attention this month."
                : "Open goals still framed as a target to reach, unchanged for 90 days or more,"
                    + " longest unchanged first.";
    SheetLayout.title(sheet, title, note, styles);
    SheetLayout.header(sheet, HEADER_ROW, TITLES, styles);
    int rowIndex = HEADER_ROW + 1;
    for (AttentionGoal goal : ordered.subList(0, shown)) {
      Row row = sheet.createRow(rowIndex++);
      Cells.text(row, 0, goal.goalId(), styles, Style.TEXT);
      Cells.text(row, 1, goal.clientId(), styles, Style.TEXT);
      Cells.text(row, 2, goal.therapistId(), styles, Style.TEXT);
      Cells.number(row, 3, goal.daysUnchanged(), styles, Style.INTEGER);
      Cells.text(row, 4, plainLabel(goal.latestLabel()), styles, Style.TEXT);
      Cells.text(row, 5, goal.cues(), styles, Style.WRAPPED_TEXT);
      Cells.text(row, GOAL_TEXT, goal.goalText(), styles, Style.WRAPPED_TEXT);
    }
    SheetLayout.widths(sheet, 14, 12, 12, 11, 20, 30, 80);
    SheetLayout.table(sheet, HEADER_ROW, rowIndex - 1, TITLES.length);
  }

  static String plainLabel(String code) {
    return code == null ? "" : code.replace('_', ' ');
  }
}
