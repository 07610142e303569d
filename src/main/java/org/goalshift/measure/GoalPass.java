package org.goalshift.measure;

import static org.apache.spark.sql.functions.col;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;
import org.goalshift.schema.Schemas;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The one pass over the versions that every per-goal output is cut from: each goal's versions are
 * walked once, in version order, giving the goal's {@link GoalFacts} row, and its months of
 * activity ({@link MonthlyActivity}) and label transitions are added into counts kept for the whole
 * partition. So the pass yields a row per goal and, last in each partition, one row holding that
 * partition's counts, which monthly.csv and transitions.csv add up: a few rows where a row per goal
 * and month would be.
 *
 * <p>The versions come from {@link Evolution#versions}, whose window has Spark cluster them by goal
 * and sort them by version within each partition, so the pass reads a goal's versions one after
 * another with no shuffle or sort of its own. Versions in another order (a goal that comes back
 * after another's, a version number that does not rise) are an error, not silently wrong facts.
 */
final class GoalPass {
  private GoalPass() {}

  /** The version columns the pass reads, in the order it reads them by position. */
  enum Walked {
    GOAL_ID(Columns.GOAL_ID),
    VERSION(Columns.VERSION),
    CLIENT_ID(Columns.CLIENT_ID),
    THERAPIST_ID(Columns.THERAPIST_ID),
    SUPERVISOR_ID(Columns.SUPERVISOR_ID),
    RECORDED_DATE(Columns.RECORDED_DATE),
    SESSION_NUMBER(Columns.SESSION_NUMBER),
    STATUS(Columns.STATUS),
    LABEL(Columns.LABEL),
    PREVIOUS_LABEL(Columns.PREVIOUS_LABEL),
    CUES(Columns.CUES),
    DIRECTION(Columns.DIRECTION),
    TEXT_CHANGED(Columns.TEXT_CHANGED),
    MONTH_INDEX(Definitions.monthIndex(col(Columns.RECORDED_DATE))),
    CLOSED(Definitions.closed(col(Columns.STATUS))),
    REFRAME_TO_RELATIONSHIP(Definitions.TO_RELATIONSHIP.condition()),
    REFRAME_TO_PERFORMANCE(Definitions.TO_PERFORMANCE.condition());

    private final Column column;

    Walked(String column) {
      this.column = col(column);
    }

    /** A definition computed before the pass, so the pass never restates it. */
    Walked(Column definition) {
      this.column = definition.as(name().toLowerCase(Locale.ROOT));
    }

    static Column[] columns() {
      return Arrays.stream(values()).map(walked -> walked.column).toArray(Column[]::new);
    }

    Object of(Row version) {
      return version.get(ordinal());
    }

    /** True only for true: a null condition counts as false, as count_if does. */
    boolean isTrue(Row version) {
      return Boolean.TRUE.equals(version.get(ordinal()));
    }
  }

  /** Column of the partition's count rows: its months of activity (see MonthlyActivity). */
  static final String MONTHS = "months";

  /** Column of the partition's count rows: its revisions by label before and after. */
  static final String TRANSITIONS = "transitions";

  static final StructType TRANSITION =
      new StructType()
          .add(Columns.SUPERVISOR_ID, DataTypes.StringType)
          .add(Columns.FROM_LABEL, DataTypes.StringType)
          .add(Columns.TO_LABEL, DataTypes.StringType)
          .add(Columns.REVISIONS, DataTypes.LongType, false);

  /**
   * {@link GoalFacts#FACTS_SCHEMA}, every field nullable since a count row has none of them, then
   * the two count columns, null on a goal's row.
   */
  static final StructType SCHEMA =
      Schemas.nullable(GoalFacts.FACTS_SCHEMA)
          .add(MONTHS, DataTypes.createArrayType(MonthlyActivity.COUNTS, false))
          .add(TRANSITIONS, DataTypes.createArrayType(TRANSITION, false));

  /** Every goal seen by {@code month}'s end, and its partition's counts; see the class comment. */
  static Dataset<Row> of(Dataset<Row> versions, YearMonth month) {
    Dataset<Row> walked = Definitions.recordedBy(versions, month).select(Walked.columns());
    return walked.mapPartitions(new Pass(Definitions.monthIndex(month)), Encoders.row(SCHEMA));
  }

  private static final class Pass implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int reportMonth;

    Pass(int reportMonth) {
      this.reportMonth = reportMonth;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> versions) {
      return new Goals(versions, reportMonth);
    }
  }

  /** A partition's goals, one row each as its versions are read, then the partition's counts. */
  private static final class Goals implements Iterator<Row> {
    private final Iterator<Row> versions;
    private final MonthlyActivity months;
    private final Map<List<Object>, long[]> transitions = new HashMap<>();
    private Row pending;
    private byte[] lastGoal;
    private boolean anyGoal;
    private boolean countsGiven;

    Goals(Iterator<Row> versions, int reportMonth) {
      this.versions = versions;
      this.months = new MonthlyActivity(reportMonth);
      pending = versions.hasNext() ? versions.next() : null;
    }

    @Override
    public boolean hasNext() {
      return pending != null || (anyGoal && !countsGiven);
    }

    @Override
    public Row next() {
      if (pending == null) {
        if (!anyGoal || countsGiven) {
          throw new NoSuchElementException();
        }
        countsGiven = true;
        return counts();
      }
      Object goal = Walked.GOAL_ID.of(pending);
      byte[] goalBytes = ((String) goal).getBytes(StandardCharsets.UTF_8);
      // Spark sorts strings by their UTF-8 bytes, unsigned.
      if (anyGoal && Arrays.compareUnsigned(goalBytes, lastGoal) <= 0) {
        throw outOfOrder();
      }
      List<Row> goalVersions = new ArrayList<>();
      int lastVersion = Integer.MIN_VALUE;
      while (pending != null && goal.equals(Walked.GOAL_ID.of(pending))) {
        int version = (Integer) Walked.VERSION.of(pending);
        if (version <= lastVersion) {
          throw outOfOrder();
        }
        lastVersion = version;
        goalVersions.add(pending);
        pending = versions.hasNext() ? versions.next() : null;
      }
      anyGoal = true;
      lastGoal = goalBytes;
      Row facts = GoalFacts.factsOf(goalVersions);
      months.add(goalVersions);
      addTransitions(goalVersions, facts.getString(GoalFacts.SUPERVISOR_POSITION));
      return facts;
    }

    private static IllegalStateException outOfOrder() {
      return new IllegalStateException(
          "versions must come clustered by goal and sorted by goal and version, as"
              + " Evolution.versions gives them");
    }

    /** Revisions by label before and after, under the goal's latest supervisor. */
    private void addTransitions(List<Row> goalVersions, String supervisor) {
      for (Row version : goalVersions) {
        if (Walked.TEXT_CHANGED.isTrue(version)) {
          List<Object> key =
              Arrays.asList(
                  supervisor, Walked.PREVIOUS_LABEL.of(version), Walked.LABEL.of(version));
          transitions.computeIfAbsent(key, k -> new long[1])[0]++;
        }
      }
    }

    private Row counts() {
      List<Row> revisions = new ArrayList<>();
      transitions.forEach(
          (key, count) ->
              revisions.add(RowFactory.create(key.get(0), key.get(1), key.get(2), count[0])));
      Object[] values = new Object[SCHEMA.size()];
      // Spark's Row encoder takes an array column as a Scala sequence.
      values[values.length - 2] = CollectionConverters.asScala(months.counts()).toSeq();
      values[values.length - 1] = CollectionConverters.asScala(revisions).toSeq();
      return RowFactory.create(values);
    }
  }
}
