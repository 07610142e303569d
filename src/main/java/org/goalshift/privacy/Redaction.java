package org.goalshift.privacy;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark stage that redacts a free-text column before it reaches a workbook or data/: every row
 * of every partition runs the one {@link Redactor} of its executor, whose patterns are compiled
 * once per JVM. A function in a projection, so the Dataset keeps its partitioning (see {@link
 * org.goalshift.classify.Classify}).
 */
public final class Redaction {
  /**
   * Column added by {@link #apply}: map from placeholder type (e.g. {@code "NAME"}) to how many of
   * that type were replaced in the row's text; null when nothing was, which most texts are: an
   * empty map would cost every cached row about thirty bytes.
   */
  public static final String REDACTIONS = "redactions";

  private static final String RESULT = "_redacted";
  private static final String TEXT = "text";
  private static final StructType RESULT_TYPE =
      new StructType()
          .add(TEXT, DataTypes.StringType, true)
          .add(
              REDACTIONS,
              DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false),
              true);

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
    // Marked nondeterministic only so that the optimiser never copies the call into both fields
    // read from its result: a text is redacted once.
    UserDefinedFunction redact = udf(new RedactText(), RESULT_TYPE).asNondeterministic();
    // withColumn of an existing name replaces that column where it stands.
    return input
        .withColumn(RESULT, redact.apply(Columns.named(textColumn)))
        .withColumn(textColumn, col(RESULT).getField(TEXT))
        .withColumn(REDACTIONS, col(RESULT).getField(REDACTIONS))
        .drop(RESULT);
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

  /** Runs the one {@link Redactor} of its JVM; its patterns are compiled on first use. */
  private static final class RedactText implements UDF1<String, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(String text) {
      Redacted redacted = Redactor.standard().redact(text);
      return RowFactory.create(
          redacted.text(),
          redacted.counts().isEmpty() ? null : CollectionConverters.asScala(redacted.counts()));
    }
  }
}
