package org.goalshift.report;

import java.util.List;

/** What one supervisor's workbook shows: the team, its therapists, its stuck goals, its input. */
public record TeamReport(
    TeamFigures team,
    List<TeamFigures> therapists,
    List<AttentionGoal> attention,
    DataQuality quality) {
  public TeamReport {
    therapists = List.copyOf(therapists);
    attention = List.copyOf(attention);
  }

  public String supervisorId() {
    return team.id();
  }
}
