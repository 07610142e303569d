package org.goalshift.schema;

import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Schema operations Spark's public API lacks. */
public final class Schemas {
  private Schemas() {}

  /**
   * The same fields, each nullable: for rows some of which leave a column empty that others always
   * fill, or a table declared over files written with stricter schemas.
   */
  public static StructType nullable(StructType schema) {
    StructType result = new StructType();
    for (StructField field : schema.fields()) {
      result = result.add(field.name(), field.dataType(), true);
    }
    return result;
  }
}
