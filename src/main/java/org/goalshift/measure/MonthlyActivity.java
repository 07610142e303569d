package org.goalshift.measure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.measure.GoalPass.Walked;
import org.goalshift.schema.Columns;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;

/**
 * data/monthly.csv. A version is its goal's latest version at the end of each month from the month
 * it was recorded until the month before a higher version of the goal was recorded. Walking each
 * goal's versions in version order ({@link GoalPass}) gives the goal's state and activity in each
 * of the 12 months, so the work grows with versions plus goals times 12, not with goals times every
 * month in the export.
 *
 * <p>An instance counts the months of one partition's goals by supervisor, therapist and month, so
 * that only those counts, not a row per goal and month, leave the pass; {@link #of} adds up every
 * partition's counts. Everything the definitions decide (closed, reframes, the month of a date) is
 * computed by the same column expressions as elsewhere, before the pass.
 */
final class MonthlyActivity {
  static final int MONTHS = 12;

  private static final String MONTH_INDEX = "month_index";

  /** The counts a month of activity adds to, after its supervisor, therapist and month. */
  private enum Count {
    ACTIVE_GOALS(Columns.ACTIVE_GOALS),
    NEW_GOALS(Columns.NEW_GOALS),
    REVISIONS(Columns.REVISIONS),
    GOALS_REVISED(Columns.GOALS_REVISED),
    REFRAMES_TO_RELATIONSHIP(Columns.REFRAMES_TO_RELATIONSHIP),
    REFRAMES_TO_PERFORMANCE(Columns.REFRAMES_TO_PERFORMANCE),
    PERFORMANCE_TARGET(Columns.PERFORMANCE_TARGET),
    RELATIONSHIP_ORIENTED(Columns.RELATIONSHIP_ORIENTED),
    UNCLASSIFIED(Columns.UNCLASSIFIED),
    APPROACH(Columns.APPROACH),
    AVOIDANCE(Columns.AVOIDANCE),
    MIXED(Columns.MIXED),
    NO_DIRECTION(Columns.NO_DIRECTION);

    private final String column;

    Count(String column) {
      this.column = column;
    }
  }

  private static final Map<String, Count> BY_LABEL =
      Map.of(
          Label.PERFORMANCE_TARGET.code(), Count.PERFORMANCE_TARGET,
          Label.RELATIONSHIP_ORIENTED.code(), Count.RELATIONSHIP_ORIENTED,
          Label.UNCLASSIFIED.code(), Count.UNCLASSIFIED);

  private static final Map<String, Count> BY_DIRECTION =
      Map.of(
          Direction.APPROACH.code(), Count.APPROACH,
          Direction.AVOIDANCE.code(), Count.AVOIDANCE,
          Direction.MIXED.code(), Count.MIXED,
          Direction.NONE.code(), Count.NO_DIRECTION);

  /** A partition's counts for one supervisor, therapist and month. */
  static final StructType COUNTS = countsSchema();

  private static StructType countsSchema() {
    StructType schema =
        new StructType()
            .add(Columns.SUPERVISOR_ID, DataTypes.StringType)
            .add(Columns.THERAPIST_ID, DataTypes.StringType)
            .add(MONTH_INDEX, DataTypes.IntegerType, false);
    for (Count count : Count.values()) {
      schema = schema.add(count.column, DataTypes.LongType, false);
    }
    return schema;
  }

  private final int firstMonth;
  private final int lastMonth;
  private final Map<List<Object>, long[]> counts = new HashMap<>();

  /**
   * @param reportMonth {@link Definitions#monthIndex} of the report month, the last of the 12
   */
  MonthlyActivity(int reportMonth) {
    this.lastMonth = reportMonth;
    this.firstMonth = reportMonth - (MONTHS - 1);
  }

  /**
   * Adds one goal's months of activity, from its versions in version order. A goal is active in a
   * month of the 12 when it was already set by the month's end, and either touched during the month
   * or not closed at its end (untouched and closed at the end means it was closed before the month
   * began). Its supervisor, therapist, label and direction in a month are its latest version's at
   * that month's end.
   */
  void add(List<Row> versions) {
    int goalFirstMonth = Integer.MAX_VALUE;
    long[] touched = new long[MONTHS];
    long[] revisions = new long[MONTHS];
    long[] reframesToRelationship = new long[MONTHS];
    long[] reframesToPerformance = new long[MONTHS];
    for (Row version : versions) {
      int month = monthOf(version);
      goalFirstMonth = Math.min(goalFirstMonth, month);
      if (month >= firstMonth && month <= lastMonth) {
        int slot = month - firstMonth;
        touched[slot]++;
        revisions[slot] += Walked.TEXT_CHANGED.isTrue(version) ? 1 : 0;
        reframesToRelationship[slot] += Walked.REFRAME_TO_RELATIONSHIP.isTrue(version) ? 1 : 0;
        reframesToPerformance[slot] += Walked.REFRAME_TO_PERFORMANCE.isTrue(version) ? 1 : 0;
      }
    }
    // A version stops being the latest in the month before any higher version is recorded, which
    // need not be the next one: versions go by number, and a later number may carry an earlier
    // date. So each month's end has exactly one latest version, and no goal is counted twice in a
    // month.
    int[] nextHigherMonth = new int[versions.size()];
    int earliestAfter = Integer.MAX_VALUE;
    for (int i = versions.size() - 1; i >= 0; i--) {
      nextHigherMonth[i] = earliestAfter;
      earliestAfter = Math.min(earliestAfter, monthOf(versions.get(i)));
    }
    for (int i = 0; i < versions.size(); i++) {
      Row version = versions.get(i);
      // A version followed by another in the same month (or by one dated earlier) is never the
      // latest at a month's end: its span is empty.
      int latestFrom = Math.max(monthOf(version), firstMonth);
      int latestUntil =
          nextHigherMonth[i] == Integer.MAX_VALUE
              ? lastMonth
              : Math.min(nextHigherMonth[i] - 1, lastMonth);
      boolean closedAtEnd = Walked.CLOSED.isTrue(version);
      for (int month = latestFrom; month <= latestUntil; month++) {
        int slot = month - firstMonth;
        if (touched[slot] > 0 || !closedAtEnd) {
          long[] of =
              counts.computeIfAbsent(
                  Arrays.asList(
                      Walked.SUPERVISOR_ID.of(version), Walked.THERAPIST_ID.of(version), month),
                  key -> new long[Count.values().length]);
          of[Count.ACTIVE_GOALS.ordinal()]++;
          of[Count.NEW_GOALS.ordinal()] += month == goalFirstMonth ? 1 : 0;
          of[Count.REVISIONS.ordinal()] += revisions[slot];
          of[Count.GOALS_REVISED.ordinal()] += revisions[slot] > 0 ? 1 : 0;
          of[Count.REFRAMES_TO_RELATIONSHIP.ordinal()] += reframesToRelationship[slot];
          of[Count.REFRAMES_TO_PERFORMANCE.ordinal()] += reframesToPerformance[slot];
          countOf(BY_LABEL, Walked.LABEL.of(version), of);
          countOf(BY_DIRECTION, Walked.DIRECTION.of(version), of);
        }
      }
    }
  }

  private static int monthOf(Row version) {
    return (Integer) Walked.MONTH_INDEX.of(version);
  }

  /** A label or direction outside the known ones (or none) counts in no column, as count_if. */
  private static void countOf(Map<String, Count> columns, Object code, long[] of) {
    Count count = code == null ? null : columns.get((String) code);
    if (count != null) {
      of[count.ordinal()]++;
    }
  }

  /** This partition's counts, as {@link #COUNTS} rows. */
  List<Row> counts() {
    List<Row> rows = new ArrayList<>(counts.size());
    counts.forEach(
        (key, of) -> {
          Object[] values = new Object[COUNTS.size()];
          values[0] = key.get(0);
          values[1] = key.get(1);
          values[2] = key.get(2);
          for (int i = 0; i < of.length; i++) {
            values[3 + i] = of[i];
          }
          rows.add(RowFactory.create(values));
        });
    return rows;
  }

  /**
   * Per supervisor, therapist and month of the 12 ending at the facts' month, the goals active that
   * month and what happened to them: every partition's counts added up. A row exists when the
   * therapist had at least one active goal that month. Sorted by supervisor_id, therapist_id,
   * month.
   */
  static Dataset<Row> of(GoalFacts facts) {
    Dataset<Row> months =
        facts
            .pass()
            .filter(col(GoalPass.MONTHS).isNotNull())
            .select(explode(col(GoalPass.MONTHS)).as("m"))
            .select("m.*");
    // Every group has at least one row, so no sum is ever null; coalesce says so to the schema.
    Column[] sums =
        Arrays.stream(Count.values())
            .map(count -> coalesce(sum(col(count.column)), lit(0L)).as(count.column))
            .toArray(Column[]::new);
    List<Column> output = new ArrayList<>();
    output.add(col(Columns.SUPERVISOR_ID));
    output.add(col(Columns.THERAPIST_ID));
    output.add(Definitions.monthText(col(MONTH_INDEX)).as(Columns.MONTH));
    Arrays.stream(Count.values()).forEach(count -> output.add(col(count.column)));
    return months
        .groupBy(Columns.SUPERVISOR_ID, Columns.THERAPIST_ID, MONTH_INDEX)
        .agg(sums[0], Arrays.copyOfRange(sums, 1, sums.length))
        .select(output.toArray(Column[]::new))
        .orderBy(Columns.SUPERVISOR_ID, Columns.THERAPIST_ID, Columns.MONTH);
  }
}
