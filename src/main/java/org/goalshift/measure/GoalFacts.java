package org.goalshift.measure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.measure.GoalPass.Walked;
import org.goalshift.schema.Columns;

/**
 * One row per goal as of a report month's end, with typed dates: the facts that goals.csv, the
 * Kaplan-Meier curve, cohorts, attention, clients and the supervisor of each transition are all cut
 * from, from the one {@link GoalPass} over each goal's versions, so a goal looks the same in every
 * output. A caller producing several outputs computes it once with {@link Evolution#goalFacts} and
 * persists {@link #pass()}: monthly.csv and transitions.csv are added up from the same pass.
 *
 * <p>The rows carry the month they were aggregated for, so an output cut from them can never use a
 * different month's end than the one that limited the versions.
 *
 * @param pass the {@link GoalPass}: a row per goal seen by the month's end, and each partition's
 *     counts of monthly activity and transitions
 * @param month the report month the versions were limited to
 */
public record GoalFacts(Dataset<Row> pass, YearMonth month) {
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

  /** Where the latest supervisor stands in a {@link #FACTS_SCHEMA} row. */
  static final int SUPERVISOR_POSITION = FACTS_SCHEMA.fieldIndex(Columns.SUPERVISOR_ID);

  /**
   * Every "first" and "latest" is by version number, never by date, so two versions recorded at the
   * same moment are still ordered.
   */
  static GoalFacts asOf(Dataset<Row> versions, YearMonth month) {
    return new GoalFacts(GoalPass.of(versions, month), month);
  }

  /**
   * One row per goal seen by the month's end, in the columns of {@link #FACTS_SCHEMA}. The pass
   * leaves every column nullable for its count rows; a goal's counts are never null, which coalesce
   * tells the schema (and so the Parquet outputs).
   */
  public Dataset<Row> rows() {
    Column[] columns =
        Arrays.stream(FACTS_SCHEMA.fields())
            .map(
                field ->
                    field.nullable()
                        ? col(field.name())
                        : coalesce(col(field.name()), lit(0L)).as(field.name()))
            .toArray(Column[]::new);
    return pass.filter(col(Columns.GOAL_ID).isNotNull()).select(columns);
  }

  /**
   * The {@link GoalPass#SCHEMA} row of one goal from its versions in version order. Identities,
   * labels, directions, status and cues are the latest version's, even where null. A "first
   * revision" or "first closed" is the first version that is one; null where none is. Dates are
   * passed through as Spark handed them over.
   */
  static Row factsOf(List<Row> versions) {
    Row first = null;
    Row latest = null;
    long versionCount = 0;
    long revisions = 0;
    long reframesToRelationship = 0;
    long reframesToPerformance = 0;
    Row firstRevision = null;
    Row lastRevision = null;
    Object firstClosedDate = null;
    for (Row version : versions) {
      if (first == null) {
        first = version;
      }
      latest = version;
      versionCount++;
      if (Walked.TEXT_CHANGED.isTrue(version)) {
        revisions++;
        if (firstRevision == null) {
          firstRevision = version;
        }
        lastRevision = version;
      }
      if (Walked.REFRAME_TO_RELATIONSHIP.isTrue(version)) {
        reframesToRelationship++;
      }
      if (Walked.REFRAME_TO_PERFORMANCE.isTrue(version)) {
        reframesToPerformance++;
      }
      if (firstClosedDate == null && Walked.CLOSED.isTrue(version)) {
        firstClosedDate = date(version);
      }
    }
    // The row of the whole pass, whose last two columns (a partition's counts) a goal leaves null.
    return RowFactory.create(
        Walked.GOAL_ID.of(first),
        Walked.CLIENT_ID.of(latest),
        Walked.THERAPIST_ID.of(latest),
        Walked.SUPERVISOR_ID.of(latest),
        date(first),
        date(latest),
        versionCount,
        revisions,
        Walked.LABEL.of(first),
        Walked.LABEL.of(latest),
        Walked.STATUS.of(latest),
        Walked.CUES.of(latest),
        reframesToRelationship,
        reframesToPerformance,
        Walked.SESSION_NUMBER.of(first),
        firstRevision == null ? null : date(firstRevision),
        firstRevision == null ? null : Walked.SESSION_NUMBER.of(firstRevision),
        lastRevision == null ? null : date(lastRevision),
        firstClosedDate,
        Walked.DIRECTION.of(first),
        Walked.DIRECTION.of(latest),
        null,
        null);
  }

  private static Object date(Row version) {
    return Walked.RECORDED_DATE.of(version);
  }
}
