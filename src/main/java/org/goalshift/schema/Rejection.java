package org.goalshift.schema;

/**
 * Why a row was refused. The code is stable (it is counted in run-summary.json and the Data quality
 * sheet); the row's own reason text adds the offending value.
 */
public enum Rejection {
  WRONG_COLUMN_COUNT(
      "wrong_column_count", "the record has a different number of fields than the header"),
  UNBALANCED_QUOTES("unbalanced_quotes", "a quoted field is never closed"),
  MALFORMED_QUOTES("malformed_quotes", "text follows a closing quote inside a field"),
  INVALID_ENCODING("invalid_encoding", "the record holds bytes that are not valid UTF-8"),
  MISSING_COLUMN("missing_column", "the file's header lacks a required column"),
  MISSING_FIELD("missing_field", "a required field is empty"),
  BAD_VERSION("bad_version", "version is not a positive integer"),
  BAD_DATE("bad_date", "recorded_at is not an ISO-8601 date or date-time"),
  IMPOSSIBLE_DATE("impossible_date", "recorded_at names a day or time that does not exist"),
  DATE_OUT_OF_RANGE("date_out_of_range", "recorded_at is before 1900-01-01"),
  EMPTY_GOAL_TEXT("empty_goal_text", "goal_text is empty"),
  BAD_SESSION_NUMBER("bad_session_number", "session_number is not a positive integer"),
  BAD_STATUS("bad_status", "status is not active, revised, achieved or discontinued"),
  CONFLICTING_VERSION(
      "conflicting_version", "the same goal_id and version appear with different content");

  private final String code;
  private final String meaning;

  Rejection(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public String code() {
    return code;
  }

  /** A plain-words description for the Data quality sheet and the README. */
  public String meaning() {
    return meaning;
  }
}
