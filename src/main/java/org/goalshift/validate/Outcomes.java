package org.goalshift.validate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.goalshift.schema.Columns.*;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.goalshift.measure.Definitions;

/**
 * What became of the rows read, overall and per supervisor, from one small aggregation of the
 * checked records.
 *
 * @param versionsInReport accepted versions recorded up to the end of the report month
 * @param versionsAfterReportMonth accepted versions recorded later, which this month's report
 *     leaves out
 */
public record Outcomes(
    DataQuality overall,
    Map<String, DataQuality> bySupervisor,
    long versionsInReport,
    long versionsAfterReportMonth) {

  /** Rejected rows whose supervisor cannot be read count in the overall figures only. */
  private static final String UNKNOWN_SUPERVISOR = "";

  public static Outcomes tally(Dataset<Row> checked, YearMonth month) {
    List<Row> tally =
        checked
            .groupBy(
                coalesce(col(SUPERVISOR_ID), lit(UNKNOWN_SUPERVISOR)).as(SUPERVISOR_ID),
                col(OUTCOME),
                coalesce(col(REJECT_CODE), lit("")).as(REJECT_CODE),
                col(OUTCOME)
                    .equalTo(Validation.ACCEPTED)
                    .and(not(Definitions.recordedByMonthEnd(month)))
                    .as("after_month"))
            .agg(count(lit(1)).as("rows"))
            .collectAsList();
    Map<String, Tally> bySupervisor = new TreeMap<>();
    Tally overall = new Tally();
    long inReport = 0;
    long afterMonth = 0;
    for (Row row : tally) {
      String supervisor = row.getString(0);
      String outcome = row.getString(1);
      String reason = row.getString(2);
      long rows = row.getLong(4);
      overall.add(outcome, reason, rows);
      if (!supervisor.equals(UNKNOWN_SUPERVISOR)) {
        bySupervisor.computeIfAbsent(supervisor, s -> new Tally()).add(outcome, reason, rows);
      }
      if (outcome.equals(Validation.ACCEPTED)) {
        if (row.getBoolean(3)) {
          afterMonth += rows;
        } else {
          inReport += rows;
        }
      }
    }
    Map<String, DataQuality> qualityBySupervisor = new TreeMap<>();
    bySupervisor.forEach((supervisor, t) -> qualityBySupervisor.put(supervisor, t.toDataQuality()));
    return new Outcomes(overall.toDataQuality(), qualityBySupervisor, inReport, afterMonth);
  }

  private static final class Tally {
    private long read;
    private long accepted;
    private long duplicates;
    private final Map<String, Long> rejected = new HashMap<>();

    void add(String outcome, String reason, long rows) {
      read += rows;
      switch (outcome) {
        case Validation.ACCEPTED -> accepted += rows;
        case Validation.DUPLICATE -> duplicates += rows;
        default -> rejected.merge(reason, rows, Long::sum);
      }
    }

    DataQuality toDataQuality() {
      return new DataQuality(read, accepted, rejected, duplicates);
    }
  }
}
