package org.goalshift.measure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.when;

import java.time.YearMonth;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.goalshift.schema.Columns;

/**
 * One row per goal as of a report month's end, with typed dates: the facts that goals.csv, the
 * Kaplan-Meier curve, cohorts, attention, clients and the supervisor of each transition are all cut
 * from. One aggregation, so a goal looks the same in every output. It groups every version by goal,
 * a full shuffle, so a caller producing several outputs computes it once with {@link
 * Evolution#goalFacts} and persists {@link #rows()}.
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

  /**
   * Every "first" and "latest" is by version number, never by date, so two versions recorded at the
   * same moment are still ordered. min_by/max_by skip rows whose ordering is null, which is how
   * "first revising version" and "first closing version" pick only the rows they are about.
   */
  static GoalFacts asOf(Dataset<Row> versions, YearMonth month) {
    Column version = col(Columns.VERSION);
    Column revisingVersion = when(col(Columns.TEXT_CHANGED), version);
    Column closingVersion = when(Definitions.closed(col(Columns.STATUS)), version);
    Column date = col(Columns.RECORDED_DATE);
    Dataset<Row> perGoal =
        Definitions.recordedBy(versions, month)
            .groupBy(Columns.GOAL_ID)
            .agg(
                max_by(col(Columns.CLIENT_ID), version).as(Columns.CLIENT_ID),
                max_by(col(Columns.THERAPIST_ID), version).as(Columns.THERAPIST_ID),
                max_by(col(Columns.SUPERVISOR_ID), version).as(Columns.SUPERVISOR_ID),
                min_by(date, version).as(FIRST_DATE),
                max_by(date, version).as(LAST_DATE),
                count(lit(1)).as(Columns.VERSIONS),
                count_if(col(Columns.TEXT_CHANGED)).as(Columns.REVISIONS),
                min_by(col(Columns.LABEL), version).as(Columns.FIRST_LABEL),
                max_by(col(Columns.LABEL), version).as(Columns.LATEST_LABEL),
                max_by(col(Columns.STATUS), version).as(Columns.LATEST_STATUS),
                max_by(col(Columns.CUES), version).as(Columns.CUES),
                count_if(Definitions.reframeToRelationship()).as(Columns.REFRAMES_TO_RELATIONSHIP),
                count_if(Definitions.reframeToPerformance()).as(Columns.REFRAMES_TO_PERFORMANCE),
                min_by(col(Columns.SESSION_NUMBER), version).as(FIRST_SESSION),
                min_by(date, revisingVersion).as(FIRST_REVISION_DATE),
                min_by(col(Columns.SESSION_NUMBER), revisingVersion).as(FIRST_REVISION_SESSION),
                max_by(date, revisingVersion).as(LAST_REVISION_DATE),
                min_by(date, closingVersion).as(FIRST_CLOSED_DATE));
    return new GoalFacts(perGoal, month);
  }
}
