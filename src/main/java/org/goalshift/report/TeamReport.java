package org.goalshift.report;

import java.util.List;

/**
 * What one supervisor's workbook shows: the team, its therapists, its stuck goals, its input.
 *
 * @param attention the stuck goals the workbook lists, longest unchanged first; at most {@link
 *     ReportSettings#maxRowsPerSheet()}, the rest are only in data/attention.csv
 * @param attentionTotal how many stuck goals the team has, listed or not
 */
public record TeamReport(
    TeamFigures team,
    List<TeamFigures> therapists,
    List<AttentionGoal> attention,
    long attentionTotal,
    DataQuality quality) {
  public TeamReport {
    therapists = List.copyOf(therapists);
    attention = List.copyOf(attention);
    if (attentionTotal < attention.size()) {
      throw new IllegalArgumentException(
          "attentionTotal " + attentionTotal + " is less than the " + attention.size() + " listed");
    }
  }

  /** A team whose stuck goals are all listed. */
  public TeamReport(
      TeamFigures team,
      List<TeamFigures> therapists,
      List<AttentionGoal> attention,
      DataQuality quality) {
    this(team, therapists, attention, attention.size(), quality);
  }

  public String supervisorId() {
    return team.id();
  }
}
