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
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.goalshift.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
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
   * Adds {@code outcome}, {@code reject_code}, {@code reject_reason} and the typed, trimmed
   * contract columns to raw records. The raw text is kept for rejected records only, the file for
   * records that are not accepted (rejected ones and the copies dropped as duplicates). Persist the
   * result: every later stage and every count is derived from it, so the export is parsed once.
   */
  public static Dataset<Row> check(Dataset<Row> raw) {
    Dataset<Row> typed = withTrimmedFields(raw).select(typedColumns());
    // A column of its own, read twice: written into both coalesces, the checks ran twice a record.
    Column fieldProblem = col(FIELD_PROBLEM);
    Dataset<Row> checked =
        typed
            .withColumn(FIELD_PROBLEM, firstFieldProblem())
            .withColumn(REJECT_CODE, coalesce(col(REJECT_CODE), fieldProblem.getField("code")))
            .withColumn(
                REJECT_REASON, coalesce(col(REJECT_REASON), fieldProblem.getField("reason")))
            .drop(FIELD_PROBLEM);
    return markDuplicatesAndConflicts(checked);
  }

  /** Splits checked rows; duplicates are only counted, so they appear in neither Dataset. */
  public static Validated split(Dataset<Row> checked) {
    Dataset<Row> accepted =
        checked.filter(col(OUTCOME).equalTo(ACCEPTED)).select(acceptedColumns());
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
  public static Column[] acceptedColumns() {
    return new Column[] {
      col(GOAL_ID), col(CLIENT_ID), col(THERAPIST_ID), col(SUPERVISOR_ID), col(VERSION),
      col(RECORDED_AT), col(RECORDED_DATE), col(SESSION_NUMBER), col(STATUS), col(GOAL_TEXT)
    };
  }

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
   * Among records that passed the field checks, keeps the first of each set of exact duplicates (by
   * file and line) and rejects every record of a goal version that appears with different content,
   * since goalshift cannot know which one is right.
   *
   * <p>Both checks compare records of one goal version, so the records are shuffled by goal_id once
   * and one window, sorted once, serves both: ordered by content, then file and line, exact copies
   * sit next to each other with the earliest first, so a record is a copy when the one before it
   * has the same content. Its partitioning and order (goal_id, version first) carry through the
   * cache of the result, so the measure stage's per-goal windows and aggregations need no shuffle
   * of their own.
   */
  private static Dataset<Row> markDuplicatesAndConflicts(Dataset<Row> checked) {
    Column valid = col(REJECT_CODE).isNull();
    // Rejected rows get a key of their own so that they never group together.
    Column ownKeyIfRejected =
        when(not(valid), concat(col(SOURCE_FILE), lit(":"), col(LINE_NUMBER).cast("string")));
    List<Column> content = new ArrayList<>();
    for (String column : InputSchema.CONTRACT) {
      content.add(col(column));
    }
    // goal_id and version are the partition key, so the other contract columns order by content.
    List<Column> contentThenFileOrder = new ArrayList<>();
    InputSchema.CONTRACT.stream()
        .filter(c -> !c.equals(GOAL_ID) && !c.equals(VERSION))
        .forEach(c -> contentThenFileOrder.add(col(c)));
    contentThenFileOrder.add(col(SOURCE_FILE));
    contentThenFileOrder.add(col(LINE_NUMBER));
    WindowSpec byContent =
        Window.partitionBy(col(GOAL_ID), col(VERSION), col(OWN_KEY))
            .orderBy(contentThenFileOrder.toArray(Column[]::new));
    WindowSpec sameVersion =
        byContent.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
    Column contentStruct = struct(content.toArray(Column[]::new));
    Dataset<Row> marked =
        checked
            .repartition(col(GOAL_ID))
            .withColumn(OWN_KEY, ownKeyIfRejected)
            // One select: window columns added one withColumn at a time become a Window each.
            .select(
                col("*"),
                // A null field equals a null field here, as it does in min and max below.
                lag(contentStruct, 1)
                    .over(byContent)
                    .eqNullSafe(contentStruct)
                    .as(COPY_OF_PREVIOUS),
                valid
                    .and(
                        min(contentStruct)
                            .over(sameVersion)
                            .notEqual(max(contentStruct).over(sameVersion)))
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
            OWN_KEY,
            COPY_OF_PREVIOUS,
            CONFLICTING,
            CONFLICT_RECORDS,
            FIRST_LOCATION,
            VERSION_AS_WRITTEN,
            SESSION_AS_WRITTEN,
            STATUS_AS_WRITTEN);
  }
}
