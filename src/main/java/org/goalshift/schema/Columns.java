package org.goalshift.schema;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Every column name goalshift reads or writes, in one place. Input files, Spark Datasets and the
 * CSV/Parquet outputs all use these names, so a rename happens here or nowhere.
 */
public final class Columns {
  /**
   * The column of exactly this name: {@code functions.col} would read a dot as a struct field and a
   * back-tick as quoting, and the classify command takes column names from any CSV header.
   */
  public static Column named(String name) {
    return functions.col("`" + name.replace("`", "``") + "`");
  }

  private Columns() {}

  // --- The input contract (README "Input contract"). ---
  /** Pseudonymous id of the goal; all versions of one goal share it. */
  public static final String GOAL_ID = "goal_id";

  /** Pseudonymous id of the client who set the goal. */
  public static final String CLIENT_ID = "client_id";

  /** Pseudonymous id of the therapist who recorded the version. */
  public static final String THERAPIST_ID = "therapist_id";

  /** The clinical supervisor the therapist reports to; workbooks are grouped by it. */
  public static final String SUPERVISOR_ID = "supervisor_id";

  /** Integer >= 1, increasing within a goal. */
  public static final String VERSION = "version";

  /** ISO-8601 date or date-time as written in the export. */
  public static final String RECORDED_AT = "recorded_at";

  /** The goal as written. */
  public static final String GOAL_TEXT = "goal_text";

  /** Optional: therapy session in which the version was recorded. */
  public static final String SESSION_NUMBER = "session_number";

  /** Optional: active, revised, achieved or discontinued. */
  public static final String STATUS = "status";

  // --- Where a row came from; kept so a rejected row can be found in the export. ---
  public static final String SOURCE_FILE = "source_file";

  /** Physical line of the record's first line in its file, counting the header as line 1. */
  public static final String LINE_NUMBER = "line_number";

  /** The record exactly as it stood in the file (all its lines, for quoted line breaks). */
  public static final String RAW_RECORD = "raw_record";

  /** Short stable code for why a row was refused (for counting by reason). */
  public static final String REJECT_CODE = "reject_code";

  /** Why the row was refused, in words an operator can act on. */
  public static final String REJECT_REASON = "reject_reason";

  /** accepted, rejected or duplicate: what became of an input row. */
  public static final String OUTCOME = "outcome";

  /**
   * SHA-256 of a record's typed contract fields: equal exactly when two records say the same, so
   * the checks across records compare it instead of every field.
   */
  public static final String CONTENT_HASH = "content_hash";

  // --- Kept by a goal store beside each record (docs/contracts.md "The goal store"). ---
  /** The goal text as written, before redaction: a store labels and redacts again from it. */
  public static final String TEXT_AS_WRITTEN = "goal_text_as_written";

  /** Every record as it stood in its file, for rejected.csv when a later file conflicts with it. */
  public static final String RECORD_AS_WRITTEN = "record_as_written";

  /** The folder of a store's records that holds one export's records (a partition column). */
  public static final String STORE_PART = "part";

  // --- Derived per version. ---
  /** The calendar date written at the start of recorded_at (an offset never moves it). */
  public static final String RECORDED_DATE = "recorded_date";

  /** performance_target, relationship_oriented or unclassified. */
  public static final String LABEL = "label";

  /** The phrases that decided the label, with what each counted for. */
  public static final String CUES = "cues";

  /** How sure the classifier is, 0 to 1. */
  public static final String CONFIDENCE = "confidence";

  /** approach, avoidance, mixed or none: which way the goal points (schema.Direction). */
  public static final String DIRECTION = "direction";

  /** The phrases that decided the direction, with what each counted for. */
  public static final String DIRECTION_CUES = "direction_cues";

  /** How sure the classifier is of the direction, 0 to 1. */
  public static final String DIRECTION_CONFIDENCE = "direction_confidence";

  /** True when this version's normalised text differs from the previous version's: a revision. */
  public static final String TEXT_CHANGED = "text_changed";

  /** The label of the previous version of the same goal; null for a first version. */
  public static final String PREVIOUS_LABEL = "previous_label";

  // --- Per goal (data/goals.csv). ---
  public static final String FIRST_RECORDED_AT = "first_recorded_at";
  public static final String LAST_RECORDED_AT = "last_recorded_at";
  public static final String VERSIONS = "versions";
  public static final String REVISIONS = "revisions";
  public static final String FIRST_LABEL = "first_label";
  public static final String LATEST_LABEL = "latest_label";
  public static final String FIRST_DIRECTION = "first_direction";
  public static final String LATEST_DIRECTION = "latest_direction";
  public static final String LATEST_STATUS = "latest_status";
  public static final String REFRAMES_TO_RELATIONSHIP = "reframes_to_relationship";
  public static final String REFRAMES_TO_PERFORMANCE = "reframes_to_performance";
  public static final String DAYS_TO_FIRST_REVISION = "days_to_first_revision";
  public static final String SESSIONS_TO_FIRST_REVISION = "sessions_to_first_revision";

  // --- Per supervisor, therapist and month (data/monthly.csv). ---
  public static final String MONTH = "month";
  public static final String ACTIVE_GOALS = "active_goals";
  public static final String NEW_GOALS = "new_goals";
  public static final String GOALS_REVISED = "goals_revised";
  public static final String PERFORMANCE_TARGET = "performance_target";
  public static final String RELATIONSHIP_ORIENTED = "relationship_oriented";
  public static final String UNCLASSIFIED = "unclassified";

  /** Active goals counted by the direction of their latest version as of the month's end. */
  public static final String APPROACH = "approach";

  public static final String AVOIDANCE = "avoidance";
  public static final String MIXED = "mixed";

  /** Active goals whose latest version has direction none ("none" alone reads as a null). */
  public static final String NO_DIRECTION = "no_direction";

  // --- Evolution outputs (data/transitions, time_to_first_revision, cohorts, attention, clients).
  // ---
  /** Label of the version before a revision. */
  public static final String FROM_LABEL = "from_label";

  /** Label of the revising version. */
  public static final String TO_LABEL = "to_label";

  /** Days since a goal's first version (Kaplan-Meier time axis; day 0 is the first version). */
  public static final String DAY = "day";

  /** Goals still unrevised and still observed just before the day. */
  public static final String AT_RISK = "at_risk";

  /** Goals whose first revision fell on the day. */
  public static final String REVISED = "revised";

  /** Goals that stopped being observed on the day without a revision. */
  public static final String CENSORED = "censored";

  /** Kaplan-Meier estimate of the share of goals still unrevised after the day. */
  public static final String UNREVISED_SHARE = "unrevised_share";

  /** Month (YYYY-MM) of a goal's first version. */
  public static final String INTAKE_MONTH = "intake_month";

  public static final String GOALS = "goals";
  public static final String OBSERVED_90_DAYS = "observed_90_days";
  public static final String REVISED_WITHIN_90_DAYS = "revised_within_90_days";

  /** Days from a goal's last change (or first version) to the end of the report month. */
  public static final String DAYS_UNCHANGED = "days_unchanged";

  public static final String PERFORMANCE_TARGET_LATEST = "performance_target_latest";
  public static final String RELATIONSHIP_ORIENTED_LATEST = "relationship_oriented_latest";

  /** The client has open goals and the latest version of every one is avoidance. */
  public static final String ONLY_LESS_OF = "only_less_of";

  /** At least one of the client's open goals is avoidance now. */
  public static final String ANY_AVOIDANCE = "any_avoidance";

  /** Kaplan-Meier median: the first day on which at most half of the goals are still unrevised. */
  public static final String MEDIAN_DAYS = "median_days";

  /** The supervisor_id value that stands for the whole organisation in per-supervisor outputs. */
  public static final String ALL_SUPERVISORS = "ALL";
}
