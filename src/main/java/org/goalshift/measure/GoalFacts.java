package org.goalshift.measure;

import static org.apache.spark.sql.functions.col;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;

/**
 * One row per goal as of a report month's end, with typed dates: the facts that goals.csv, the
 * Kaplan-Meier curve, cohorts, attention, clients and the supervisor of each transition are all cut
 * from. One pass over each goal's versions, so a goal looks the same in every output. It groups
 * every version by goal, a full shuffle unless the versions are already partitioned by goal, so a
 * caller producing several outputs computes it once with {@link Evolution#goalFacts} and persists
 * {@link #rows()}.
 *
 * <p>The rows carry the month they were aggregated for, so an output cut from them can never use a
 * different month's end than the one that limited the versions.
 *
 * @param rows one row per goal seen by the month's end; its columns are an implementation detail of
 *     the measure package
 * @param month the report month the versions were limited to
 */
public record GoalFacts(Dataset<Row> rows, YearMonth month) {
  static final String FIRST_DATE = "first_date";
  static final String LAST_DATE = "last_date";
  static final String FIRST_SESSION = "first_session";
  static final String FIRST_REVISION_DATE = "first_revision_date";
  static final String FIRST_REVISION_SESSION = "first_revision_session";
  static final String LAST_REVISION_DATE = "last_revision_date";

  /**
   * Date of the first version whose status is achieved or discontinued (Kaplan-Meier censoring).
   */
  static final String FIRST_CLOSED_DATE = "first_closed_date";

  /** The columns of {@link #rows()}, in order. */
  static final StructType FACTS_SCHEMA =
      new StructType()
          .add(Columns.GOAL_ID, DataTypes.StringType)
          .add(Columns.CLIENT_ID, DataTypes.StringType)
          .add(Columns.THERAPIST_ID, DataTypes.StringType)
          .add(Columns.SUPERVISOR_ID, DataTypes.StringType)
          .add(FIRST_DATE, DataTypes.DateType)
          .add(LAST_DATE, DataTypes.DateType)
          .add(Columns.VERSIONS, DataTypes.LongType, false)
          .add(Columns.REVISIONS, DataTypes.LongType, false)
          .add(Columns.FIRST_LABEL, DataTypes.StringType)
          .add(Columns.LATEST_LABEL, DataTypes.StringType)
          .add(Columns.LATEST_STATUS, DataTypes.StringType)
          .add(Columns.CUES, DataTypes.StringType)
          .add(Columns.REFRAMES_TO_RELATIONSHIP, DataTypes.LongType, false)
          .add(Columns.REFRAMES_TO_PERFORMANCE, DataTypes.LongType, false)
          .add(FIRST_SESSION, DataTypes.IntegerType)
          .add(FIRST_REVISION_DATE, DataTypes.DateType)
          .add(FIRST_REVISION_SESSION, DataTypes.IntegerType)
          .add(LAST_REVISION_DATE, DataTypes.DateType)
          .add(FIRST_CLOSED_DATE, DataTypes.DateType)
          .add(Columns.FIRST_DIRECTION, DataTypes.StringType)
          .add(Columns.LATEST_DIRECTION, DataTypes.StringType);

  /**
   * The version columns the facts are computed from, in the order {@link #factsOf} reads them by
   * position. goal_text is left out: it is the widest column and no fact needs it.
   */
  private enum Walked {
    GOAL_ID(Columns.GOAL_ID),
    VERSION(Columns.VERSION),
    CLIENT_ID(Columns.CLIENT_ID),
    THERAPIST_ID(Columns.THERAPIST_ID),
    SUPERVISOR_ID(Columns.SUPERVISOR_ID),
    RECORDED_DATE(Columns.RECORDED_DATE),
    SESSION_NUMBER(Columns.SESSION_NUMBER),
    STATUS(Columns.STATUS),
    LABEL(Columns.LABEL),
    CUES(Columns.CUES),
    DIRECTION(Columns.DIRECTION),
    TEXT_CHANGED(Columns.TEXT_CHANGED),
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
  }

  /**
   * Every "first" and "latest" is by version number, never by date, so two versions recorded at the
   * same moment are still ordered. Each goal's versions are walked once in version order. Versions
   * already partitioned by goal and sorted by version within it (as a report persists them) are
   * walked where they lie, with no shuffle and no sort.
   */
  static GoalFacts asOf(Dataset<Row> versions, YearMonth month) {
    Dataset<Row> walked = Definitions.recordedBy(versions, month).select(Walked.columns());
    Dataset<Row> perGoal =
        walked
            .groupBy(col(Columns.GOAL_ID))
            .as(Encoders.STRING(), Encoders.row(walked.schema()))
            .flatMapSortedGroups(
                new Column[] {col(Columns.VERSION)},
                GoalFacts::factsOf,
                Encoders.row(FACTS_SCHEMA));
    return new GoalFacts(perGoal, month);
  }

  /**
   * The {@link #FACTS_SCHEMA} row of one goal from its versions in version order. Identities,
   * labels, directions, status and cues are the latest version's, even where null. A "first
   * revision" or "first closed" is the first version that is one; null where none is. Dates are
   * passed through as Spark handed them over.
   */
  private static Iterator<Row> factsOf(String goalId, Iterator<Row> versions) {
    Row first = null;
    Row latest = null;
    long versionCount = 0;
    long revisions = 0;
    long reframesToRelationship = 0;
    long reframesToPerformance = 0;
    Row firstRevision = null;
    Row lastRevision = null;
    Object firstClosedDate = null;
    while (versions.hasNext()) {
      Row version = versions.next();
      if (first == null) {
        first = version;
      }
      latest = version;
      versionCount++;
      if (isTrue(version, Walked.TEXT_CHANGED)) {
        revisions++;
        if (firstRevision == null) {
          firstRevision = version;
        }
        lastRevision = version;
      }
      if (isTrue(version, Walked.REFRAME_TO_RELATIONSHIP)) {
        reframesToRelationship++;
      }
      if (isTrue(version, Walked.REFRAME_TO_PERFORMANCE)) {
        reframesToPerformance++;
      }
      if (firstClosedDate == null && isTrue(version, Walked.CLOSED)) {
        firstClosedDate = date(version);
      }
    }
    Row facts =
        RowFactory.create(
            goalId,
            latest.get(Walked.CLIENT_ID.ordinal()),
            latest.get(Walked.THERAPIST_ID.ordinal()),
            latest.get(Walked.SUPERVISOR_ID.ordinal()),
            date(first),
            date(latest),
            versionCount,
            revisions,
            first.get(Walked.LABEL.ordinal()),
            latest.get(Walked.LABEL.ordinal()),
            latest.get(Walked.STATUS.ordinal()),
            latest.get(Walked.CUES.ordinal()),
            reframesToRelationship,
            reframesToPerformance,
            first.get(Walked.SESSION_NUMBER.ordinal()),
            firstRevision == null ? null : date(firstRevision),
            firstRevision == null ? null : firstRevision.get(Walked.SESSION_NUMBER.ordinal()),
            lastRevision == null ? null : date(lastRevision),
            firstClosedDate,
            first.get(Walked.DIRECTION.ordinal()),
            latest.get(Walked.DIRECTION.ordinal()));
    return List.of(facts).iterator();
  }

  /** True only for true: a null condition counts as false, as count_if and min_by(when) did. */
  private static boolean isTrue(Row version, Walked column) {
    return Boolean.TRUE.equals(version.get(column.ordinal()));
  }

  private static Object date(Row version) {
    return version.get(Walked.RECORDED_DATE.ordinal());
  }
}
