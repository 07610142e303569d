package org.goalshift.report;

import java.util.List;
import org.goalshift.measure.AttentionGoal;
import org.goalshift.measure.LessOfGoal;
import org.goalshift.validate.DataQuality;

/**
 * What one supervisor's workbook shows: the team, its therapists, its stuck goals, the goals of its
 * clients who only want less of something, its input.
 *
 * @param attention the stuck goals the workbook lists, longest unchanged first; at most {@link
 *     ReportSettings#maxRowsPerSheet()}, the rest are only in data/attention.csv
 * @param attentionTotal how many stuck goals the team has, listed or not
 * @param onlyLessOf the open goals of the team's clients whose open goals are all avoidance goals,
 *     by client; at most {@link ReportSettings#maxRowsPerSheet()}, the clients are all flagged in
 *     data/clients.csv
 * @param onlyLessOfClients how many such clients the team has, listed or not
 */
public record TeamReport(
    TeamFigures team,
    List<TeamFigures> therapists,
    List<AttentionGoal> attention,
    long attentionTotal,
    List<LessOfGoal> onlyLessOf,
    long onlyLessOfClients,
    DataQuality quality) {
  public TeamReport {
    therapists = List.copyOf(therapists);
    attention = List.copyOf(attention);
    onlyLessOf = List.copyOf(onlyLessOf);
    if (attentionTotal < attention.size()) {
      throw new IllegalArgumentException(
          "attentionTotal " + attentionTotal + " is less than the " + attention.size() + " listed");
    }
  }

  /** A team whose stuck goals and "less of" clients' goals are all listed. */
  public TeamReport(
      TeamFigures team,
      List<TeamFigures> therapists,
      List<AttentionGoal> attention,
      List<LessOfGoal> onlyLessOf,
      DataQuality quality) {
    this(
        team,
        therapists,
        attention,
        attention.size(),
        onlyLessOf,
        onlyLessOf.stream().map(LessOfGoal::clientId).distinct().count(),
        quality);
  }

  public String supervisorId() {
    return team.id();
  }
}
