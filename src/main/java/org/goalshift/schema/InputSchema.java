package org.goalshift.schema;

import static org.goalshift.schema.Columns.*;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The shapes of the rows that flow from ingest into validation. */
public final class InputSchema {
  private InputSchema() {}

  /** The contract's columns that every file must have. */
  public static final List<String> REQUIRED =
      List.of(GOAL_ID, CLIENT_ID, THERAPIST_ID, SUPERVISOR_ID, VERSION, RECORDED_AT, GOAL_TEXT);

  /** Every contract column, in the order outputs list them. */
  public static final List<String> CONTRACT =
      List.of(
          GOAL_ID,
          CLIENT_ID,
          THERAPIST_ID,
          SUPERVISOR_ID,
          VERSION,
          RECORDED_AT,
          GOAL_TEXT,
          SESSION_NUMBER,
          STATUS);

  /**
   * One parsed record as ingest emits it: where it came from, the raw text, a rejection if the
   * record could not even be split into fields, and the contract fields as untyped strings (typing
   * is validation's job, so that a bad value becomes a reason, not a crash).
   */
  public static final StructType RAW_RECORD_SCHEMA = rawRecordSchema();

  private static StructType rawRecordSchema() {
    StructType schema =
        new StructType()
            .add(SOURCE_FILE, DataTypes.StringType, false)
            .add(LINE_NUMBER, DataTypes.LongType, false)
            .add(RAW_RECORD, DataTypes.StringType, false)
            .add(REJECT_CODE, DataTypes.StringType, true)
            .add(REJECT_REASON, DataTypes.StringType, true);
    for (String column : CONTRACT) {
      schema = schema.add(column, DataTypes.StringType, true);
    }
    return schema;
  }
}
