package org.goalshift.validate;

import static org.apache.spark.sql.functions.btrim;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.unhex;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.goalshift.schema.Columns.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.goalshift.schema.Columns;
import org.goalshift.schema.InputSchema;
import org.goalshift.schema.Rejection;

/**
 * Decides the outcome of every ingested record: accepted, rejected (with a code and a reason a
 * person can act on) or an exact duplicate of an earlier record. Nothing is dropped here; the
 * outcome column says where each row goes, so rows_read = accepted + rejected + duplicates holds by
 * construction.
 */
public final class Validation {
  // Working columns of the checks, dropped before the result leaves this class.
  private static final String VERSION_AS_WRITTEN = "version_as_written";
  private static final String SESSION_AS_WRITTEN = "session_as_written";
  private static final String STATUS_AS_WRITTEN = "status_as_written";
  private static final String OWN_KEY = "own_key";
  private static final String COPY_OF_PREVIOUS = "copy_of_previous";
  private static final String CONFLICTING = "conflicting";
  private static final String CONFLICT_RECORDS = "conflict_records";
  private static final String FIRST_LOCATION = "first_location";

  public static final String ACCEPTED = "accepted";
  public static final String REJECTED = "rejected";
  public static final String DUPLICATE = "duplicate";

  /** YYYY-MM-DD, optionally a time (T or space) with seconds, fraction and a Z or +hh:mm offset. */
  static final String ISO_DATE_TIME =
      "^(\\d{4})-(\\d{2})-(\\d{2})"
          + "([T ](\\d{2}):(\\d{2})(:(\\d{2})([.,]\\d{1,9})?)?(Z|z|[+-](\\d{2})(:?(\\d{2}))?)?)?$";

  private static final String POSITIVE_INTEGER = "^\\+?0*[1-9]\\d{0,8}$";
  private static final List<String> STATUSES =
      List.of("active", "revised", "achieved", "discontinued");

  private static final String FIELD_PROBLEM = "field_problem";

  /**
   * Dates before this are typing slips (0026 for 2026), not therapy records; counted, they would
   * make a goal unchanged for 740,000 days. Excel shows no date before it either.
   */
  private static final java.sql.Date EARLIEST_DATE = java.sql.Date.valueOf("1900-01-01");

  private Validation() {}

  /** The rows of each outcome, with the accepted ones typed. */
  public record Validated(Dataset<Row> accepted, Dataset<Row> rejected) {}

  /**
   * Both checks in order, for records of any partitioning: {@link #checkFields}, then {@link
   * #checkAcross} after clustering the records by goal.
   */
  public static Dataset<Row> check(Dataset<Row> raw) {
    return checkAcross(checkFields(raw).repartition(col(GOAL_ID)));
  }

  /**
   * The checks of each record on its own: adds {@code reject_code} and {@code reject_reason} for a
   * record's first field problem, the typed, trimmed contract columns and {@code content_hash}. It
   * looks at no other record, so an export file's result holds whatever files come with it.
   */
  public static Dataset<Row> checkFields(Dataset<Row> raw) {
    Dataset<Row> typed = withTrimmedFields(raw).select(typedColumns());
    // A column of its own, read twice: written into both coalesces, the checks ran twice a record.
    Column fieldProblem = col(FIELD_PROBLEM);
    return typed
        .withColumn(FIELD_PROBLEM, firstFieldProblem())
        .withColumn(REJECT_CODE, coalesce(col(REJECT_CODE), fieldProblem.getField("code")))
        .withColumn(REJECT_REASON, coalesce(col(REJECT_REASON), fieldProblem.getField("reason")))
        .withColumn(CONTENT_HASH, contentHash())
        .drop(FIELD_PROBLEM, VERSION_AS_WRITTEN, SESSION_AS_WRITTEN, STATUS_AS_WRITTEN);
  }

  /**
   * Splits checked rows; duplicates are only counted, so they appear in neither Dataset. The
   * accepted versions have the contract's typed columns, then any columns added to the records
   * after their checks (the classification, say), and none of the record's location or outcome.
   */
  public static Validated split(Dataset<Row> checked) {
    List<String> versionColumns = new ArrayList<>(ACCEPTED_COLUMNS);
    Set<String> notOfVersions =
        Set.of(SOURCE_FILE, LINE_NUMBER, RAW_RECORD, REJECT_CODE, REJECT_REASON, OUTCOME);
    Arrays.stream(checked.columns())
        .filter(name -> !notOfVersions.contains(name) && !ACCEPTED_COLUMNS.contains(name))
        .forEach(versionColumns::add);
    Dataset<Row> accepted =
        checked
            .filter(col(OUTCOME).equalTo(ACCEPTED))
            .select(versionColumns.stream().map(Columns::named).toArray(Column[]::new));
    Dataset<Row> rejected =
        checked
            .filter(col(OUTCOME).equalTo(REJECTED))
            .select(
                col(SOURCE_FILE),
                col(LINE_NUMBER),
                col(REJECT_CODE),
                col(REJECT_REASON),
                col(RAW_RECORD),
                col(SUPERVISOR_ID));
    return new Validated(accepted, rejected);
  }

  /** The columns of an accepted version, in the order later stages and outputs use. */
  private static final List<String> ACCEPTED_COLUMNS =
      List.of(
          GOAL_ID,
          CLIENT_ID,
          THERAPIST_ID,
          SUPERVISOR_ID,
          VERSION,
          RECORDED_AT,
          RECORDED_DATE,
          SESSION_NUMBER,
          STATUS,
          GOAL_TEXT);

  /** White space a spreadsheet or an export tool may leave around a field. */
  private static final String SURROUNDING_WHITE_SPACE = " \t\r\n\f\u000B\u00A0";

  private static final String TRIMMED = "trimmed_";

  /** Trims by a fixed character set rather than a regular expression: it runs on every field. */
  private static Column trimmed(Column value) {
    return btrim(value, lit(SURROUNDING_WHITE_SPACE));
  }

  /**
   * Adds each contract field trimmed, as a column of its own. The typed columns read most fields
   * three times (blank? empty? the value), and with the trim written out in each, Spark trimmed
   * each field that many times.
   */
  private static Dataset<Row> withTrimmedFields(Dataset<Row> raw) {
    List<Column> columns = new ArrayList<>(List.of(col("*")));
    InputSchema.CONTRACT.forEach(c -> columns.add(trimmed(col(c)).as(TRIMMED + c)));
    return raw.select(columns.toArray(Column[]::new));
  }

  /** A contract field as {@link #withTrimmedFields} trimmed it. */
  private static Column trimmedField(String column) {
    return col(TRIMMED + column);
  }

  private static Column blank(Column trimmedValue) {
    return trimmedValue.isNull().or(trimmedValue.equalTo(""));
  }

  private static Column[] typedColumns() {
    List<Column> columns = new ArrayList<>();
    columns.add(col(SOURCE_FILE));
    columns.add(col(LINE_NUMBER));
    columns.add(col(RAW_RECORD));
    columns.add(col(REJECT_CODE));
    columns.add(col(REJECT_REASON));
    for (String column :
        List.of(GOAL_ID, CLIENT_ID, THERAPIST_ID, SUPERVISOR_ID, RECORDED_AT, GOAL_TEXT)) {
      Column value = trimmedField(column);
      columns.add(when(blank(value), lit(null)).otherwise(value).as(column));
    }
    columns.add(col(VERSION).as(VERSION_AS_WRITTEN));
    columns.add(col(SESSION_NUMBER).as(SESSION_AS_WRITTEN));
    columns.add(col(STATUS).as(STATUS_AS_WRITTEN));
    columns.add(positiveInteger(VERSION).as(VERSION));
    columns.add(positiveInteger(SESSION_NUMBER).as(SESSION_NUMBER));
    columns.add(
        when(blank(trimmedField(STATUS)), lit(null))
            .otherwise(lower(trimmedField(STATUS)))
            .as(STATUS));
    Column datePart = substring(trimmedField(RECORDED_AT), 1, 10);
    columns.add(
        when(datePart.rlike("^\\d{4}-\\d{2}-\\d{2}$"), datePart.try_cast(DataTypes.DateType))
            .as(RECORDED_DATE));
    return columns.toArray(Column[]::new);
  }

  /**
   * Casts only what the pattern has already proven to be a number of at most nine digits: a failing
   * cast, even a try_cast, costs Spark an exception, which at millions of rows dominates the stage.
   */
  private static Column positiveInteger(String column) {
    return when(
        trimmedField(column).rlike(POSITIVE_INTEGER),
        trimmedField(column).cast(DataTypes.IntegerType));
  }

  /** The first problem of a record's fields as struct(code, reason), or null when there is none. */
  private static Column firstFieldProblem() {
    Column missing =
        concat_ws(
            ", ",
            InputSchema.REQUIRED.stream()
                .filter(c -> !c.equals(GOAL_TEXT))
                .map(
                    c ->
                        when(
                            col(c)
                                .isNull()
                                .and(
                                    c.equals(VERSION)
                                        ? blank(trimmed(col(VERSION_AS_WRITTEN)))
                                        : lit(true)),
                            lit(c)))
                .toArray(Column[]::new));
    Column recordedAt = col(RECORDED_AT);
    Column isoShaped = recordedAt.rlike(ISO_DATE_TIME);
    // The shape is already checked, so only a real clock time can fail this cast; a date-only value
    // is not cast at all (a failing cast costs an exception, too slow to pay on every row).
    Column impossibleTime =
        length(recordedAt)
            .gt(10)
            .and(translate(upper(recordedAt), ",", ".").try_cast(DataTypes.TimestampType).isNull());
    return when(
            missing.notEqual(""),
            problem(Rejection.MISSING_FIELD, concat(lit("required field(s) empty: "), missing)))
        .when(
            col(VERSION).isNull(),
            problem(
                Rejection.BAD_VERSION,
                quoted("version", col(VERSION_AS_WRITTEN), "is not a positive integer")))
        .when(
            not(isoShaped),
            problem(
                Rejection.BAD_DATE,
                quoted(
                    "recorded_at",
                    recordedAt,
                    "is not an ISO-8601 date (2026-10-03) or date-time"
                        + " (2026-10-03T14:30:00+01:00)")))
        .when(
            col(RECORDED_DATE).isNull().or(impossibleTime),
            problem(
                Rejection.IMPOSSIBLE_DATE,
                quoted("recorded_at", recordedAt, "is not a real calendar date and time")))
        .when(
            col(RECORDED_DATE).lt(lit(EARLIEST_DATE)),
            problem(
                Rejection.DATE_OUT_OF_RANGE,
                quoted("recorded_at", recordedAt, "is before " + EARLIEST_DATE)))
        .when(
            col(GOAL_TEXT).isNull(), problem(Rejection.EMPTY_GOAL_TEXT, lit("goal_text is empty")))
        .when(
            col(SESSION_NUMBER).isNull().and(not(blank(trimmed(col(SESSION_AS_WRITTEN))))),
            problem(
                Rejection.BAD_SESSION_NUMBER,
                quoted("session_number", col(SESSION_AS_WRITTEN), "is not a positive integer")))
        .when(
            col(STATUS).isNotNull().and(not(col(STATUS).isin(STATUSES.toArray()))),
            problem(
                Rejection.BAD_STATUS,
                quoted(
                    "status",
                    col(STATUS_AS_WRITTEN),
                    "is not one of active, revised, achieved, discontinued")));
  }

  private static Column problem(Rejection rejection, Column reason) {
    return struct(lit(rejection.code()).as("code"), reason.as("reason"));
  }

  private static Column quoted(String field, Column value, String complaint) {
    return concat(lit(field + " '"), coalesce(value, lit("")), lit("' " + complaint));
  }

  /**
   * SHA-256 of the typed contract fields, which stands for their content in the checks across
   * records: two records are copies exactly when their hashes are equal. Each field is written with
   * its length before it and a null as a mark no length can be, so no two contents share an
   * encoding.
   */
  private static Column contentHash() {
    List<Column> fields = new ArrayList<>();
    for (String column : InputSchema.CONTRACT) {
      Column text = col(column).cast(DataTypes.StringType);
      fields.add(
          when(text.isNull(), lit(NULL_FIELD))
              .otherwise(concat(length(text).cast(DataTypes.StringType), lit(":"), text)));
    }
    return unhex(sha2(concat_ws(",", fields.toArray(Column[]::new)), 256));
  }

  private static final String NULL_FIELD = "-";

  /**
   * The checks across records, over every record of every file at once: adds {@code outcome}, and
   * rejects every record of a goal version written with different content; keeps the first of each
   * set of exact copies (by file and line) and marks the rest duplicates. Nothing is dropped, so
   * rows_read = accepted + rejected + duplicates holds by construction. The raw text is kept for
   * rejected records only, the file for records that are not accepted. Columns besides those of
   * {@link #checkFields} pass through.
   *
   * <p>Records should come clustered by goal_id (shuffled by it, or read from a store bucketed by
   * it): both checks compare records of one goal version, and the result keeps that clustering and
   * its order (goal_id, version first), so the measure stage's per-goal windows and passes need no
   * shuffle of their own. Persist the result: every output and count is derived from it.
   */
  public static Dataset<Row> checkAcross(Dataset<Row> checked) {
    Column valid = col(REJECT_CODE).isNull();
    // Rejected rows get a key of their own so that they never group together.
    Column ownKeyIfRejected =
        when(not(valid), concat(col(SOURCE_FILE), lit(":"), col(LINE_NUMBER).cast("string")));
    // One window, sorted once, serves both checks. goal_id and version are its partition key, so
    // equal contents sit next to each other, earliest first: a record is a copy when the one before
    // it has the same content, and a version conflicts when its smallest and largest differ.
    Column[] contentThenFileOrder = {col(CONTENT_HASH), col(SOURCE_FILE), col(LINE_NUMBER)};
    WindowSpec byContent =
        Window.partitionBy(col(GOAL_ID), col(VERSION), col(OWN_KEY)).orderBy(contentThenFileOrder);
    WindowSpec sameVersion =
        byContent.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    Column content = col(CONTENT_HASH);
    Dataset<Row> marked =
        checked
            .withColumn(OWN_KEY, ownKeyIfRejected)
            // One select: window columns added one withColumn at a time become a Window each.
            .select(
                col("*"),
                lag(content, 1).over(byContent).eqNullSafe(content).as(COPY_OF_PREVIOUS),
                valid
                    .and(min(content).over(sameVersion).notEqual(max(content).over(sameVersion)))
                    .as(CONFLICTING),
                count(lit(1)).over(sameVersion).as(CONFLICT_RECORDS),
                min(struct(col(SOURCE_FILE), col(LINE_NUMBER)))
                    .over(sameVersion)
                    .as(FIRST_LOCATION));
    Column duplicate = valid.and(col(COPY_OF_PREVIOUS));
    Column conflictReason =
        concat(
            lit("goal_id '"),
            col(GOAL_ID),
            lit("' version "),
            col(VERSION).cast("string"),
            lit(" appears in "),
            col(CONFLICT_RECORDS).cast("string"),
            lit(" records with different content; all are rejected (first at "),
            col(FIRST_LOCATION).getField(SOURCE_FILE),
            lit(":"),
            col(FIRST_LOCATION).getField(LINE_NUMBER).cast("string"),
            lit(")"));
    return marked
        .withColumn(
            OUTCOME,
            when(duplicate, lit(DUPLICATE))
                .when(valid.and(not(col(CONFLICTING))), lit(ACCEPTED))
                .otherwise(lit(REJECTED)))
        .withColumn(
            REJECT_CODE,
            when(not(duplicate).and(col(CONFLICTING)), lit(Rejection.CONFLICTING_VERSION.code()))
                .otherwise(col(REJECT_CODE)))
        .withColumn(
            REJECT_REASON,
            when(not(duplicate).and(col(CONFLICTING)), conflictReason)
                .otherwise(col(REJECT_REASON)))
        // Only rejected rows need their raw text (for rejected.csv), and no later stage asks where
        // an accepted record came from. Each is as long as a goal text (the file name is the path
        // as given): the accepted records' file names alone made the persisted records half as
        // large again.
        .withColumn(RAW_RECORD, when(col(OUTCOME).equalTo(REJECTED), col(RAW_RECORD)))
        .withColumn(SOURCE_FILE, when(col(OUTCOME).notEqual(ACCEPTED), col(SOURCE_FILE)))
        .drop(
            OWN_KEY, COPY_OF_PREVIOUS, CONFLICTING, CONFLICT_RECORDS, FIRST_LOCATION, CONTENT_HASH);
  }
}
