package org.goalshift.measure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.product;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.goalshift.schema.Columns;

/** Kaplan-Meier estimate of how long goals stay unrevised (data/time_to_first_revision.csv). */
final class RevisionSurvival {
  private RevisionSurvival() {}

  /**
   * A curve value that is one half in exact arithmetic can land a hair above it in doubles (for
   * example 0.8 * 0.625); the median must not move a day because of that.
   */
  static final double HALF_WITH_ROUNDING = 0.5 + 1e-9;

  private static final String WAS_REVISED = "was_revised";
  private static final String LEAVING = "leaving";

  static Dataset<Row> curve(GoalFacts facts) {
    Column firstDate = col(GoalFacts.FIRST_DATE);
    Column wasRevised = col(GoalFacts.FIRST_REVISION_DATE).isNotNull();
    // least() skips nulls: a goal never closed is censored at the month's end.
    Column censoredOn =
        least(Definitions.monthEnd(facts.month()), col(GoalFacts.FIRST_CLOSED_DATE));
    Column day =
        when(wasRevised, datediff(col(GoalFacts.FIRST_REVISION_DATE), firstDate))
            .otherwise(datediff(censoredOn, firstDate));
    Dataset<Row> perGoal =
        facts
            .rows()
            .select(col(Columns.SUPERVISOR_ID), day.as(Columns.DAY), wasRevised.as(WAS_REVISED));
    Dataset<Row> perGoalWithAll =
        perGoal.unionByName(
            perGoal.withColumn(Columns.SUPERVISOR_ID, lit(Columns.ALL_SUPERVISORS)));

    // A goal censored on a day was still at risk on that day: events are counted before censoring,
    // the usual Kaplan-Meier convention.
    WindowSpec fromLastDay =
        Window.partitionBy(Columns.SUPERVISOR_ID)
            .orderBy(col(Columns.DAY).desc())
            .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    WindowSpec fromFirstDay =
        Window.partitionBy(Columns.SUPERVISOR_ID)
            .orderBy(col(Columns.DAY))
            .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
    Column atRisk = col(Columns.AT_RISK);
    Column stillUnrevisedFraction = atRisk.minus(col(Columns.REVISED)).divide(atRisk);
    return perGoalWithAll
        .groupBy(Columns.SUPERVISOR_ID, Columns.DAY)
        .agg(
            count_if(col(WAS_REVISED)).as(Columns.REVISED),
            count_if(not(col(WAS_REVISED))).as(Columns.CENSORED),
            count(lit(1)).as(LEAVING))
        .withColumn(Columns.AT_RISK, sum(col(LEAVING)).over(fromLastDay))
        .withColumn(Columns.UNREVISED_SHARE, product(stillUnrevisedFraction).over(fromFirstDay))
        .select(
            col(Columns.SUPERVISOR_ID),
            col(Columns.DAY),
            col(Columns.AT_RISK),
            col(Columns.REVISED),
            col(Columns.CENSORED),
            col(Columns.UNREVISED_SHARE))
        .orderBy(Definitions.allSupervisorsFirst(), col(Columns.SUPERVISOR_ID), col(Columns.DAY));
  }

  /** The first day on which the curve is at or below one half; null where it never gets there. */
  static Dataset<Row> medianDays(Dataset<Row> curve) {
    return curve
        .groupBy(Columns.SUPERVISOR_ID)
        .agg(
            min(when(col(Columns.UNREVISED_SHARE).leq(HALF_WITH_ROUNDING), col(Columns.DAY)))
                .as(Columns.MEDIAN_DAYS))
        .orderBy(Definitions.allSupervisorsFirst(), col(Columns.SUPERVISOR_ID));
  }
}
