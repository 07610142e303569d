package org.goalshift.measure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;

/**
 * data/monthly.csv. A version is its goal's latest version at the end of each month from the month
 * it was recorded until the month before a higher version of the goal was recorded. One pass over
 * each goal's versions, in version order, gives the goal's state and activity in each of the 12
 * months, so the work grows with versions plus goals times 12, not with goals times every month in
 * the export.
 *
 * <p>The pass is a function over each goal's sorted versions rather than windows, an explode and a
 * join: the versions arrive grouped by goal and sorted by version (see {@link
 * org.goalshift.validate.Validation}), so Spark adds no shuffle or sort for it, and one loop
 * replaces two window passes, a per-month aggregation and a sort-merge join of both sides.
 * Everything the definitions decide (closed, reframes, the month of a date) is computed by the same
 * column expressions as elsewhere, before the pass.
 */
final class MonthlyActivity {
  private MonthlyActivity() {}

  static final int MONTHS = 12;

  private static final String MONTH_INDEX = "month_index";
  private static final String IS_NEW = "is_new";
  private static final String CLOSED = "closed";

  /** One row per goal and month in which the goal was active. */
  private static final StructType ACTIVE_GOAL_MONTH =
      new StructType()
          .add(Columns.SUPERVISOR_ID, DataTypes.StringType)
          .add(Columns.THERAPIST_ID, DataTypes.StringType)
          .add(Columns.LABEL, DataTypes.StringType)
          .add(Columns.DIRECTION, DataTypes.StringType)
          .add(MONTH_INDEX, DataTypes.IntegerType, false)
          .add(IS_NEW, DataTypes.BooleanType, false)
          .add(Columns.REVISIONS, DataTypes.LongType, false)
          .add(Columns.REFRAMES_TO_RELATIONSHIP, DataTypes.LongType, false)
          .add(Columns.REFRAMES_TO_PERFORMANCE, DataTypes.LongType, false);

  static Dataset<Row> of(Dataset<Row> versions, YearMonth reportMonth) {
    int lastMonth = Definitions.monthIndex(reportMonth);
    int firstMonth = lastMonth - (MONTHS - 1);
    Dataset<Row> seen =
        Definitions.recordedBy(versions, reportMonth)
            .select(
                col(Columns.GOAL_ID),
                col(Columns.VERSION),
                col(Columns.SUPERVISOR_ID),
                col(Columns.THERAPIST_ID),
                col(Columns.LABEL),
                col(Columns.DIRECTION),
                Definitions.monthIndex(col(Columns.RECORDED_DATE)).as(MONTH_INDEX),
                Definitions.closed(col(Columns.STATUS)).as(CLOSED),
                col(Columns.TEXT_CHANGED),
                Definitions.TO_RELATIONSHIP.condition().as(Columns.REFRAMES_TO_RELATIONSHIP),
                Definitions.TO_PERFORMANCE.condition().as(Columns.REFRAMES_TO_PERFORMANCE));
    Dataset<Row> activeGoalMonths =
        seen.groupBy(col(Columns.GOAL_ID))
            .as(Encoders.STRING(), Encoders.row(seen.schema()))
            .flatMapSortedGroups(
                new Column[] {col(Columns.VERSION)},
                new ActiveMonths(seen.schema(), firstMonth, lastMonth),
                Encoders.row(ACTIVE_GOAL_MONTH));

    Column revisions = col(Columns.REVISIONS);
    return activeGoalMonths
        .groupBy(Columns.SUPERVISOR_ID, Columns.THERAPIST_ID, MONTH_INDEX)
        .agg(
            count(lit(1)).as(Columns.ACTIVE_GOALS),
            count_if(col(IS_NEW)).as(Columns.NEW_GOALS),
            sum(revisions).as(Columns.REVISIONS),
            count_if(revisions.gt(0)).as(Columns.GOALS_REVISED),
            sum(col(Columns.REFRAMES_TO_RELATIONSHIP)).as(Columns.REFRAMES_TO_RELATIONSHIP),
            sum(col(Columns.REFRAMES_TO_PERFORMANCE)).as(Columns.REFRAMES_TO_PERFORMANCE),
            labelled(Label.PERFORMANCE_TARGET).as(Columns.PERFORMANCE_TARGET),
            labelled(Label.RELATIONSHIP_ORIENTED).as(Columns.RELATIONSHIP_ORIENTED),
            labelled(Label.UNCLASSIFIED).as(Columns.UNCLASSIFIED),
            directed(Direction.APPROACH).as(Columns.APPROACH),
            directed(Direction.AVOIDANCE).as(Columns.AVOIDANCE),
            directed(Direction.MIXED).as(Columns.MIXED),
            directed(Direction.NONE).as(Columns.NO_DIRECTION))
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
            col(Columns.UNCLASSIFIED),
            col(Columns.APPROACH),
            col(Columns.AVOIDANCE),
            col(Columns.MIXED),
            col(Columns.NO_DIRECTION))
        .orderBy(Columns.SUPERVISOR_ID, Columns.THERAPIST_ID, Columns.MONTH);
  }

  /**
   * One goal's versions, sorted by version, to a row for each month in [firstMonth, lastMonth] in
   * which the goal was active: already set by the month's end, and either touched during the month
   * or not closed at its end (untouched and closed at the end means it was closed before the month
   * began). Each row carries the therapist, supervisor, label and direction of the goal's latest
   * version at that month's end, and what happened to the goal in the month.
   */
  private static final class ActiveMonths implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    private final int firstMonth;
    private final int lastMonth;
    private final int supervisor;
    private final int therapist;
    private final int label;
    private final int direction;
    private final int recordedMonth;
    private final int closed;
    private final int revises;
    private final int toRelationship;
    private final int toPerformance;

    ActiveMonths(StructType versionSchema, int firstMonth, int lastMonth) {
      this.firstMonth = firstMonth;
      this.lastMonth = lastMonth;
      supervisor = versionSchema.fieldIndex(Columns.SUPERVISOR_ID);
      therapist = versionSchema.fieldIndex(Columns.THERAPIST_ID);
      label = versionSchema.fieldIndex(Columns.LABEL);
      direction = versionSchema.fieldIndex(Columns.DIRECTION);
      recordedMonth = versionSchema.fieldIndex(MONTH_INDEX);
      closed = versionSchema.fieldIndex(CLOSED);
      revises = versionSchema.fieldIndex(Columns.TEXT_CHANGED);
      toRelationship = versionSchema.fieldIndex(Columns.REFRAMES_TO_RELATIONSHIP);
      toPerformance = versionSchema.fieldIndex(Columns.REFRAMES_TO_PERFORMANCE);
    }

    @Override
    public Iterator<Row> call(String goal, Iterator<Row> versionsInOrder) {
      List<Row> versions = new ArrayList<>();
      versionsInOrder.forEachRemaining(versions::add);
      int goalFirstMonth = Integer.MAX_VALUE;
      long[] touched = new long[MONTHS];
      long[] revisions = new long[MONTHS];
      long[] reframesToRelationship = new long[MONTHS];
      long[] reframesToPerformance = new long[MONTHS];
      for (Row version : versions) {
        int month = version.getInt(recordedMonth);
        goalFirstMonth = Math.min(goalFirstMonth, month);
        if (month >= firstMonth && month <= lastMonth) {
          int slot = month - firstMonth;
          touched[slot]++;
          revisions[slot] += count(version, revises);
          reframesToRelationship[slot] += count(version, toRelationship);
          reframesToPerformance[slot] += count(version, toPerformance);
        }
      }
      // A version stops being the latest in the month before any higher version is recorded,
      // which need not be the next one: versions go by number, and a later number may carry an
      // earlier date. So each month's end has exactly one latest version, and no goal is counted
      // twice in a month.
      int[] nextHigherMonth = new int[versions.size()];
      int earliestAfter = Integer.MAX_VALUE;
      for (int i = versions.size() - 1; i >= 0; i--) {
        nextHigherMonth[i] = earliestAfter;
        earliestAfter = Math.min(earliestAfter, versions.get(i).getInt(recordedMonth));
      }
      List<Row> active = new ArrayList<>();
      for (int i = 0; i < versions.size(); i++) {
        Row version = versions.get(i);
        // A version followed by another in the same month (or by one dated earlier) is never the
        // latest at a month's end: its span is empty.
        int latestFrom = Math.max(version.getInt(recordedMonth), firstMonth);
        int latestUntil =
            nextHigherMonth[i] == Integer.MAX_VALUE
                ? lastMonth
                : Math.min(nextHigherMonth[i] - 1, lastMonth);
        boolean closedAtEnd = version.getBoolean(closed);
        for (int month = latestFrom; month <= latestUntil; month++) {
          int slot = month - firstMonth;
          if (touched[slot] > 0 || !closedAtEnd) {
            active.add(
                RowFactory.create(
                    version.get(supervisor),
                    version.get(therapist),
                    version.get(label),
                    version.get(direction),
                    month,
                    month == goalFirstMonth,
                    revisions[slot],
                    reframesToRelationship[slot],
                    reframesToPerformance[slot]));
          }
        }
      }
      return active.iterator();
    }

    /** 1 for true; 0 for false or null, as count_if counts. */
    private static long count(Row version, int flag) {
      return !version.isNullAt(flag) && version.getBoolean(flag) ? 1 : 0;
    }
  }

  private static Column labelled(Label label) {
    return count_if(col(Columns.LABEL).equalTo(label.code()));
  }

  private static Column directed(Direction direction) {
    return count_if(col(Columns.DIRECTION).equalTo(direction.code()));
  }
}
