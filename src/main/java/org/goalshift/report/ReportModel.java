package org.goalshift.report;

import java.time.YearMonth;
import java.util.List;
import org.goalshift.validate.DataQuality;

/**
 * The whole content of a month's workbooks, small enough to hold on the driver: aggregated figures,
 * never goal versions.
 *
 * @param month the report month
 * @param organisation all supervisors together
 * @param supervisors one entry per supervisor, in supervisor id order
 * @param quality the whole run's input figures
 * @param run when, from what and by which version the report was made
 */
public record ReportModel(
    YearMonth month,
    TeamFigures organisation,
    List<TeamReport> supervisors,
    DataQuality quality,
    RunInfo run) {
  public ReportModel {
    supervisors = List.copyOf(supervisors);
  }
}
