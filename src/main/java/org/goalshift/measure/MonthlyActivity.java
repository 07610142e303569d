package org.goalshift.measure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sum;

import java.time.YearMonth;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.goalshift.schema.Columns;
import org.goalshift.schema.Label;

/**
 * data/monthly.csv. A version is its goal's latest version at the end of each month from the month
 * it was recorded until the month before the goal's next version was recorded: exploding that span
 * gives the goal's state at every month end without a goal-by-month cross join, so the work grows
 * with versions plus goals times 12, not with goals times every month in the export.
 */
final class MonthlyActivity {
  private MonthlyActivity() {}

  static final int MONTHS = 12;

  private static final String MONTH_INDEX = "month_index";
  private static final String FIRST_MONTH = "first_month";
  private static final String VERSIONS_IN_MONTH = "versions_in_month";
  private static final String LATEST_FROM = "latest_from";
  private static final String LATEST_UNTIL = "latest_until";

  static Dataset<Row> of(Dataset<Row> versions, YearMonth reportMonth) {
    int lastMonth = Definitions.monthIndex(reportMonth);
    int firstMonth = lastMonth - (MONTHS - 1);
    Dataset<Row> seen = Definitions.recordedBy(versions, reportMonth);
    Dataset<Row> stateAtMonthEnd = stateAtMonthEnd(seen, firstMonth, lastMonth);
    Dataset<Row> activityInMonth =
        seen.withColumn(MONTH_INDEX, Definitions.monthIndex(col(Columns.RECORDED_DATE)))
            .filter(col(MONTH_INDEX).geq(firstMonth))
            .groupBy(Columns.GOAL_ID, MONTH_INDEX)
            .agg(
                count(lit(1)).as(VERSIONS_IN_MONTH),
                count_if(col(Columns.TEXT_CHANGED)).as(Columns.REVISIONS),
                count_if(Definitions.TO_RELATIONSHIP.condition())
                    .as(Columns.REFRAMES_TO_RELATIONSHIP),
                count_if(Definitions.TO_PERFORMANCE.condition())
                    .as(Columns.REFRAMES_TO_PERFORMANCE));

    // Active: already set by the month's end, and either touched during the month or not closed at
    // its end. Untouched and closed at the end means it was closed before the month began.
    Dataset<Row> activeGoalMonths =
        stateAtMonthEnd
            .join(activityInMonth, new String[] {Columns.GOAL_ID, MONTH_INDEX}, "left")
            .filter(
                col(VERSIONS_IN_MONTH)
                    .isNotNull()
                    .or(not(Definitions.closed(col(Columns.STATUS)))));

    Column revisions = coalesce(col(Columns.REVISIONS), lit(0L));
    return activeGoalMonths
        .groupBy(Columns.SUPERVISOR_ID, Columns.THERAPIST_ID, MONTH_INDEX)
        .agg(
            count(lit(1)).as(Columns.ACTIVE_GOALS),
            count_if(col(FIRST_MONTH).equalTo(col(MONTH_INDEX))).as(Columns.NEW_GOALS),
            sum(revisions).as(Columns.REVISIONS),
            count_if(revisions.gt(0)).as(Columns.GOALS_REVISED),
            sum(coalesce(col(Columns.REFRAMES_TO_RELATIONSHIP), lit(0L)))
                .as(Columns.REFRAMES_TO_RELATIONSHIP),
            sum(coalesce(col(Columns.REFRAMES_TO_PERFORMANCE), lit(0L)))
                .as(Columns.REFRAMES_TO_PERFORMANCE),
            labelled(Label.PERFORMANCE_TARGET).as(Columns.PERFORMANCE_TARGET),
            labelled(Label.RELATIONSHIP_ORIENTED).as(Columns.RELATIONSHIP_ORIENTED),
            labelled(Label.UNCLASSIFIED).as(Columns.UNCLASSIFIED))
        .withColumn(Columns.MONTH, Definitions.monthText(col(MONTH_INDEX)))
        .select(
            col(Columns.SUPERVISOR_ID),
            col(Columns.THERAPIST_ID),
            col(Columns.MONTH),
            col(Columns.ACTIVE_GOALS),
            col(Columns.NEW_GOALS),
            col(Columns.REVISIONS),
            col(Columns.GOALS_REVISED),
            col(Columns.REFRAMES_TO_RELATIONSHIP),
            col(Columns.REFRAMES_TO_PERFORMANCE),
            col(Columns.PERFORMANCE_TARGET),
            col(Columns.RELATIONSHIP_ORIENTED),
            col(Columns.UNCLASSIFIED))
        .orderBy(Columns.SUPERVISOR_ID, Columns.THERAPIST_ID, Columns.MONTH);
  }

  /**
   * One row per goal and month in [firstMonth, lastMonth] from the goal's first month on: the
   * therapist, supervisor, label and status of its latest version as of that month's end.
   */
  private static Dataset<Row> stateAtMonthEnd(Dataset<Row> seen, int firstMonth, int lastMonth) {
    WindowSpec byVersion = Window.partitionBy(Columns.GOAL_ID).orderBy(Columns.VERSION);
    Column recordedMonth = Definitions.monthIndex(col(Columns.RECORDED_DATE));
    Column latestFrom = greatest(recordedMonth, lit(firstMonth));
    Column latestUntil =
        least(
            coalesce(lead(recordedMonth, 1).over(byVersion).minus(1), lit(lastMonth)),
            lit(lastMonth));
    Column goalFirstMonth =
        min(recordedMonth)
            .over(byVersion.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing()));
    return seen.select(
            col(Columns.GOAL_ID),
            col(Columns.SUPERVISOR_ID),
            col(Columns.THERAPIST_ID),
            col(Columns.LABEL),
            col(Columns.STATUS),
            goalFirstMonth.as(FIRST_MONTH),
            latestFrom.as(LATEST_FROM),
            latestUntil.as(LATEST_UNTIL))
        // A version followed by another in the same month is never the latest at a month's end;
        // the guard also keeps sequence() from counting downwards.
        .filter(col(LATEST_FROM).leq(col(LATEST_UNTIL)))
        .select(
            col(Columns.GOAL_ID),
            col(Columns.SUPERVISOR_ID),
            col(Columns.THERAPIST_ID),
            col(Columns.LABEL),
            col(Columns.STATUS),
            col(FIRST_MONTH),
            explode(sequence(col(LATEST_FROM), col(LATEST_UNTIL))).as(MONTH_INDEX));
  }

  private static Column labelled(Label label) {
    return count_if(col(Columns.LABEL).equalTo(label.code()));
  }
}
