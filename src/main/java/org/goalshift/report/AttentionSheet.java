package org.goalshift.report;

import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.goalshift.measure.AttentionGoal;
import org.goalshift.measure.LessOfGoal;

/**
 * The goals a supervisor may want to raise in supervision: targets unchanged for a long time,
 * longest unchanged first, and then the goals of clients whose every open goal names only something
 * to have less of. Written to a streaming sheet: a large service can have many thousands, and a
 * capped list says where the rest is.
 */
final class AttentionSheet {
  static final String NAME = "Attention";
  static final int NOTE_ROW = 1;
  static final int HEADER_ROW = 3;
  static final String[] TITLES = {
    "Goal",
    "Client",
    "Therapist",
    "Days unchanged",
    "Latest label",
    "Cues",
    "Goal text (latest, redacted)"
  };
  static final int GOAL_TEXT = 6;
  static final String LESS_OF_SECTION = "Clients whose open goals are all \"less of\"";
  static final String LESS_OF_WHY =
      "Every open goal of these clients names only something to stop or reduce, nothing they want"
          + " more of. Goals that only move away from something unwanted go with smaller gains in"
          + " well-being than goals that move toward something wanted; it may help to ask what the"
          + " client wants more of, not just less of.";
  static final String[] LESS_OF_TITLES = {
    "Goal",
    "Client",
    "Therapist",
    "Client's open goals",
    "Direction",
    "Cues",
    "Goal text (latest, redacted)"
  };
  private static final int CUES_WIDTH = 36;
  private static final int GOAL_TEXT_WIDTH = 80;
  private static final int MAX_LINES = 6;
  private static final float POINTS_PER_LINE = 14.5f;
  static final Comparator<AttentionGoal> LONGEST_UNCHANGED_FIRST =
      Comparator.comparingLong(AttentionGoal::daysUnchanged)
          .reversed()
          .thenComparing(AttentionGoal::goalId);

  private final Styles styles;

  AttentionSheet(Styles styles) {
    this.styles = styles;
  }

  /**
   * @param goals the longest unchanged of the team's stuck goals, in any order
   * @param total how many stuck goals the team has, {@code goals} included
   * @param lessOf the open goals of "less of" clients, by client
   * @param lessOfClients how many such clients the team has, listed or not
   */
  void write(
      Sheet sheet,
      String title,
      List<AttentionGoal> goals,
      long total,
      List<LessOfGoal> lessOf,
      long lessOfClients,
      int maxRows) {
    List<AttentionGoal> ordered = goals.stream().sorted(LONGEST_UNCHANGED_FIRST).toList();
    int shown = Math.min(ordered.size(), maxRows);
    String note =
        shown < total
            ? "Showing the "
                + shown
                + " longest unchanged of "
                + total
                + " goals; the full list is in data/attention.csv."
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
      row.setHeightInPoints(height(goal.cues(), goal.goalText()));
    }
    SheetLayout.widths(sheet, 14, 12, 12, 11, 20, CUES_WIDTH, GOAL_TEXT_WIDTH);
    SheetLayout.table(sheet, HEADER_ROW, rowIndex - 1, TITLES.length);
    writeLessOf(sheet, rowIndex + 1, lessOf, lessOfClients, maxRows);
  }

  private void writeLessOf(
      Sheet sheet, int firstRow, List<LessOfGoal> goals, long clients, int maxRows) {
    int rowIndex = firstRow;
    Cells.text(sheet.createRow(rowIndex++), 0, LESS_OF_SECTION, styles, Style.SECTION);
    Row why = sheet.createRow(rowIndex);
    Cells.text(why, 0, LESS_OF_WHY, styles, Style.WRAPPED_TEXT);
    sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, GOAL_TEXT));
    why.setHeightInPoints(2 * POINTS_PER_LINE + 3);
    rowIndex++;
    long listedClients = goals.stream().map(LessOfGoal::clientId).distinct().count();
    int room = Math.max(0, ReportSettings.EXCEL_MAX_DATA_ROWS - rowIndex - 2);
    int shown = Math.min(goals.size(), Math.min(maxRows, room));
    String note =
        goals.isEmpty()
            ? "No client's open goals are all \"less of\" this month."
            : shown < goals.size() || listedClients < clients
                ? "Showing the goals of the first clients of "
                    + clients
                    + "; every such client is flagged only_less_of in data/clients.csv."
                : clients + (clients == 1 ? " client; " : " clients; ") + "their open goals:";
    Cells.text(sheet.createRow(rowIndex++), 0, note, styles, Style.NOTE);
    int header = rowIndex++;
    SheetLayout.header(sheet, header, LESS_OF_TITLES, styles);
    for (LessOfGoal goal : goals.subList(0, shown)) {
      Row row = sheet.createRow(rowIndex++);
      Cells.text(row, 0, goal.goalId(), styles, Style.TEXT);
      Cells.text(row, 1, goal.clientId(), styles, Style.TEXT);
      Cells.text(row, 2, goal.therapistId(), styles, Style.TEXT);
      Cells.number(row, 3, goal.clientOpenGoals(), styles, Style.INTEGER);
      Cells.text(row, 4, "avoidance (less of)", styles, Style.TEXT);
      Cells.text(row, 5, goal.directionCues(), styles, Style.WRAPPED_TEXT);
      Cells.text(row, GOAL_TEXT, goal.goalText(), styles, Style.WRAPPED_TEXT);
      row.setHeightInPoints(height(goal.directionCues(), goal.goalText()));
    }
  }

  /**
   * Neither Excel nor LibreOffice grows a streamed row to fit wrapped text, so the height is set
   * from the text: enough lines for a normal goal, capped so one very long text cannot fill the
   * page.
   */
  private static float height(String cues, String goalText) {
    int lines = Math.max(lines(cues, CUES_WIDTH), lines(goalText, GOAL_TEXT_WIDTH));
    return Math.min(lines, MAX_LINES) * POINTS_PER_LINE + 3;
  }

  private static int lines(String text, int width) {
    return text == null ? 1 : Math.max(1, (int) Math.ceil(text.length() * 1.1 / width));
  }

  static String plainLabel(String code) {
    return code == null ? "" : code.replace('_', ' ');
  }
}
