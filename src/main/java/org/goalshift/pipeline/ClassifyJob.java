package org.goalshift.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.goalshift.classify.Classify;
import org.goalshift.classify.Lexicon;
import org.goalshift.output.DataFiles;

/**
 * The classify job: labels every goal text of a CSV with the classifier the report uses, keeping
 * every input column, in the input's row order.
 */
public final class ClassifyJob {
  private static final String ROW_ORDER = "_goalshift_row";

  private ClassifyJob() {}

  /** The input's header row, so the caller can choose the text column before the job runs. */
  public static Dataset<Row> read(SparkSession spark, Path input) {
    return spark
        .read()
        .option("header", "true")
        .option("multiLine", "true")
        .option("escape", "\"")
        .option("mode", "FAILFAST")
        .csv(input.toAbsolutePath().toString());
  }

  /**
   * Writes {@code goals} labelled to {@code output} (a .csv file), rows in the order they were
   * read.
   */
  public static void run(
      SparkSession spark, Dataset<Row> goals, String textColumn, Lexicon lexicon, Path output) {
    Dataset<Row> labelled =
        Classify.label(
            goals.withColumn(ROW_ORDER, monotonically_increasing_id()), textColumn, lexicon);
    try {
      Path dir = output.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      String name = output.getFileName().toString().replaceFirst("\\.csv$", "");
      DataFiles.write(
          labelled,
          FileSystem.getLocal(spark.sparkContext().hadoopConfiguration()),
          new org.apache.hadoop.fs.Path(dir.toUri()),
          name,
          DataFiles.Format.CSV,
          DataFiles.Size.SMALL,
          new String[] {ROW_ORDER},
          col(ROW_ORDER));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
