package org.goalshift.measure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.year;

import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.goalshift.schema.Columns;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;

/**
 * The definitions every evolution output shares (docs/metrics.md states them in words), written
 * once as Spark column expressions so two outputs can never disagree on what "closed" or "reframe"
 * means.
 */
public final class Definitions {
  private Definitions() {}

  /**
   * How long a goal must have been followed, by the month's end, before it counts toward the share
   * revised in time, and how soon a revision must come to count. Fixed, because the cohorts.csv
   * column names carry it.
   */
  public static final int FOLLOW_UP_DAYS = 90;

  /** Statuses after which a goal is no longer being worked on. */
  static final List<String> CLOSED_STATUSES = List.of("achieved", "discontinued");

  /** The versions a report for {@code month} may see: those recorded on or before its last day. */
  static Dataset<Row> recordedBy(Dataset<Row> versions, YearMonth month) {
    return versions.filter(recordedByMonthEnd(month));
  }

  /** True for a version recorded on or before the last day of {@code month}. */
  public static Column recordedByMonthEnd(YearMonth month) {
    return col(Columns.RECORDED_DATE).leq(monthEnd(month));
  }

  static Column monthEnd(YearMonth month) {
    return lit(month.atEndOfMonth());
  }

  /** True for a goal first recorded at least {@link #FOLLOW_UP_DAYS} before the month's end. */
  public static Column followedUp(Column firstDate, YearMonth month) {
    return datediff(monthEnd(month), firstDate).geq(FOLLOW_UP_DAYS);
  }

  /** True for a first revision that came within {@link #FOLLOW_UP_DAYS} of the goal's start. */
  public static Column revisedInTime(Column daysToFirstRevision) {
    return daysToFirstRevision.leq(FOLLOW_UP_DAYS);
  }

  /**
   * True for a {@link #CLOSED_STATUSES} status; false (never null) for any other or missing one.
   */
  static Column closed(Column status) {
    return coalesce(status.isin(CLOSED_STATUSES.toArray()), lit(false));
  }

  /** True for an avoidance direction; false (never null) for any other or a missing one. */
  static Column avoidance(Column direction) {
    return coalesce(direction.equalTo(Direction.AVOIDANCE.code()), lit(false));
  }

  /**
   * clients.csv's only_less_of, from a client's count of open goals and of those whose latest
   * version is avoidance: the client has open goals and every one of them is "less of".
   */
  static Column onlyLessOf(Column openGoals, Column openAvoidanceGoals) {
    return openGoals.gt(0).and(openAvoidanceGoals.equalTo(openGoals));
  }

  /**
   * A revision whose previous version was labelled {@code from} and which is labelled {@code to}.
   * Code that walks a goal's versions itself computes it as a column first, so the rule stays
   * written once.
   */
  record Reframe(Label from, Label to) {
    Column condition() {
      return col(Columns.TEXT_CHANGED)
          .and(col(Columns.PREVIOUS_LABEL).equalTo(from.code()))
          .and(col(Columns.LABEL).equalTo(to.code()));
    }
  }

  static final Reframe TO_RELATIONSHIP =
      new Reframe(Label.PERFORMANCE_TARGET, Label.RELATIONSHIP_ORIENTED);

  static final Reframe TO_PERFORMANCE =
      new Reframe(Label.RELATIONSHIP_ORIENTED, Label.PERFORMANCE_TARGET);

  /** Months counted from year 0, so consecutive months are consecutive integers. */
  static Column monthIndex(Column date) {
    return year(date).multiply(12).plus(month(date)).minus(1);
  }

  static int monthIndex(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  /** The YYYY-MM text of a {@link #monthIndex(Column)}. */
  static Column monthText(Column monthIndex) {
    return format_string(
        "%04d-%02d", floor(monthIndex.divide(12)), pmod(monthIndex, lit(12)).plus(1));
  }

  /** Sorts the organisation-wide {@link Columns#ALL_SUPERVISORS} rows before every supervisor. */
  static Column allSupervisorsFirst() {
    return col(Columns.SUPERVISOR_ID).equalTo(Columns.ALL_SUPERVISORS).desc();
  }
}
