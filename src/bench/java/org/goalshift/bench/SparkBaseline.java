package org.goalshift.bench;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;
import org.goalshift.schema.InputSchema;
import org.goalshift.schema.Label;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The DuckDB baseline's work done by a plain Spark job, for scripts/bench to show what Spark itself
 * costs on the machine: Spark's CSV reader with an explicit schema, the same {@link BaselineRules}
 * as {@code rlike} matches, the same revision window and the same aggregates, on embedded Spark
 * with its default settings. It checks nothing, redacts nothing and writes one small file, so it is
 * a floor for any Spark job over the export rather than a rival to goalshift's report.
 */
@Command(
    name = "spark-baseline",
    mixinStandardHelpOptions = true,
    description = "Runs the plain Spark baseline of scripts/bench over a goal-history export.")
public final class SparkBaseline implements Callable<Integer> {
  @Mixin private BaselineArguments arguments;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkBaseline()).execute(args));
  }

  @Override
  public Integer call() {
    String month = arguments.month.toString();
    SparkSession spark =
        SparkSession.builder()
            .master("local[*]")
            .appName("goalshift spark baseline")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try {
      Dataset<Row> monthly = aggregates(spark, BaselineRules.load(), month).cache();
      monthly.coalesce(1).write().option("header", true).csv(arguments.output.toString());
      Row totals = monthly.agg(count(lit(1)), sum("versions"), sum("revisions")).first();
      System.out.printf(
          "spark_groups=%d spark_versions=%d spark_revisions=%d%n",
          totals.getLong(0), totals.getLong(1), totals.getLong(2));
    } finally {
      spark.stop();
    }
    return 0;
  }

  private Dataset<Row> aggregates(
      SparkSession spark, List<BaselineRules.Rule> rules, String month) {
    // Texts may hold line breaks inside quotes, so records are read whole (one task per file, as
    // goalshift reads them); rows that do not fit the schema are dropped, as DuckDB skips them.
    Dataset<Row> export =
        spark
            .read()
            .schema(schema())
            .option("header", true)
            .option("multiLine", true)
            .option("escape", "\"")
            .option("mode", "DROPMALFORMED")
            .csv(arguments.input.toString());
    Column recordedMonth = substring(col(Columns.RECORDED_AT), 1, 7);
    Column text = col("text");
    Column performance = score(rules, Label.PERFORMANCE_TARGET, text);
    Column relationship = score(rules, Label.RELATIONSHIP_ORIENTED, text);
    Column revised =
        coalesce(
            text.notEqual(
                lag(text, 1).over(Window.partitionBy(Columns.GOAL_ID).orderBy(Columns.VERSION))),
            lit(false));
    return export
        .filter(recordedMonth.leq(lit(month)).and(col(Columns.GOAL_TEXT).notEqual("")))
        .select(
            col(Columns.GOAL_ID),
            col(Columns.THERAPIST_ID),
            col(Columns.SUPERVISOR_ID),
            col(Columns.VERSION),
            recordedMonth.as("month"),
            lower(regexp_replace(trim(col(Columns.GOAL_TEXT)), "\\s+", " ")).as("text"))
        .select(
            col("*"),
            performance.as("performance_score"),
            relationship.as("relationship_score"),
            revised.as("revised"))
        .groupBy(Columns.SUPERVISOR_ID, Columns.THERAPIST_ID, "month")
        .agg(
            count(lit(1)).as("versions"),
            count_if(col("revised")).as("revisions"),
            count_if(col("performance_score").gt(col("relationship_score")))
                .as("performance_target"),
            count_if(col("relationship_score").gt(col("performance_score")))
                .as("relationship_oriented"),
            count_if(col("performance_score").equalTo(col("relationship_score")))
                .as("unclassified"))
        .orderBy(Columns.SUPERVISOR_ID, Columns.THERAPIST_ID, "month");
  }

  /** The contract's columns in their order, typed as {@link BaselineSchema} says. */
  private static StructType schema() {
    StructType schema = new StructType();
    for (String column : InputSchema.CONTRACT) {
      schema =
          schema.add(
              column,
              BaselineSchema.isInteger(column) ? DataTypes.IntegerType : DataTypes.StringType);
    }
    return schema;
  }

  private static Column score(List<BaselineRules.Rule> rules, Label label, Column text) {
    return rules.stream()
        .filter(rule -> rule.label() == label)
        .map(rule -> text.rlike(rule.regex()).cast(DataTypes.IntegerType))
        .reduce(Column::plus)
        .orElseThrow();
  }
}
