package org.goalshift.privacy;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sum;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark stage that redacts a free-text column before it reaches a workbook or data/: each
 * partition runs the one {@link Redactor} of its executor, whose patterns are compiled once per
 * JVM.
 */
public final class Redaction {
  /**
   * Column added by {@link #apply}: map from placeholder type (e.g. {@code "NAME"}) to how many of
   * that type were replaced in the row's text; empty when nothing was.
   */
  public static final String REDACTIONS = "redactions";

  private static final String TYPE = "type";
  private static final String COUNT = "count";

  private Redaction() {}

  /**
   * Every column of {@code input} in its place, with {@code textColumn} redacted, plus {@link
   * #REDACTIONS}.
   *
   * @throws IllegalArgumentException if {@code textColumn} is missing or not a string column
   */
  public static Dataset<Row> apply(Dataset<Row> input, String textColumn) {
    StructType schema = input.schema();
    StructField textField =
        Arrays.stream(schema.fields())
            .filter(field -> field.name().equals(textColumn))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Can't find column "
                            + textColumn
                            + " to redact in "
                            + schema.simpleString()));
    if (!textField.dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "Column "
              + textColumn
              + " to redact must be a string, not "
              + textField.dataType().simpleString());
    }
    StructType redactedSchema =
        schema.add(
            REDACTIONS,
            DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false),
            false);
    return input.mapPartitions(
        new RedactPartition(schema.fieldIndex(textColumn)), Encoders.row(redactedSchema));
  }

  /**
   * Total placeholders of each type over a Dataset returned by {@link #apply}, for run summaries.
   */
  public static Map<String, Long> countByType(Dataset<Row> redacted) {
    Map<String, Long> totals = new TreeMap<>();
    redacted
        .select(explode(col(REDACTIONS)).as(new String[] {TYPE, COUNT}))
        .groupBy(TYPE)
        .agg(sum(COUNT))
        .collectAsList()
        .forEach(row -> totals.put(row.getString(0), row.getLong(1)));
    return totals;
  }

  private static final class RedactPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final int textIndex;

    RedactPartition(int textIndex) {
      this.textIndex = textIndex;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Redactor redactor = Redactor.standard();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          Object[] values = new Object[row.size() + 1];
          for (int i = 0; i < row.size(); i++) {
            values[i] = row.get(i);
          }
          Redacted redacted = redactor.redact(row.getString(textIndex));
          values[textIndex] = redacted.text();
          values[row.size()] = CollectionConverters.asScala(redacted.counts());
          return RowFactory.create(values);
        }
      };
    }
  }
}
