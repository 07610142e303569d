package org.goalshift.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.goalshift.classify.Classify;
import org.goalshift.output.DataFiles;
import org.goalshift.schema.Columns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Labels every goal text of any CSV with the classifier the report uses: the output keeps",
      "every input column, in the input's row order, and adds label, cues, confidence,",
      "direction, direction_cues and direction_confidence."
    })
final class ClassifyCommand implements Callable<Integer> {
  private static final String ROW_ORDER = "_goalshift_row";

  @ParentCommand private GoalshiftCommand root;
  @Mixin private CommonOptions common;

  @Option(names = "--input", paramLabel = "FILE.csv", description = "CSV with a header row.")
  private Path input;

  @Option(
      names = "--output",
      paramLabel = "OUT.csv",
      description = "Where the labelled CSV is written.")
  private Path output;

  @Option(
      names = "--text-column",
      paramLabel = "NAME",
      description = "Column holding the goal text (default: goal_text, or the only column).")
  private String textColumn;

  @Override
  public Integer call() {
    UsageException.requireOption(input != null, "--input");
    UsageException.requireOption(output != null, "--output");
    if (!Files.isRegularFile(input)) {
      throw new UsageException("Input file does not exist: " + input);
    }
    if (!output.getFileName().toString().endsWith(".csv")) {
      throw new UsageException("--output must name a .csv file, not " + output);
    }
    common.applyVerbosity();
    SparkSession spark = root.openSession("goalshift classify");
    try {
      Dataset<Row> goals =
          spark
              .read()
              .option("header", "true")
              .option("multiLine", "true")
              .option("escape", "\"")
              .option("mode", "FAILFAST")
              .csv(input.toAbsolutePath().toString());
      String column = textColumn(goals.columns());
      Dataset<Row> labelled =
          Classify.label(
              goals.withColumn(ROW_ORDER, monotonically_increasing_id()), column, common.lexicon());
      Path dir = output.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      String name = output.getFileName().toString().replaceFirst("\\.csv$", "");
      org.apache.hadoop.fs.Path hadoopDir = new org.apache.hadoop.fs.Path(dir.toUri());
      DataFiles.write(
          labelled,
          FileSystem.getLocal(spark.sparkContext().hadoopConfiguration()),
          hadoopDir,
          name,
          DataFiles.Format.CSV,
          DataFiles.Size.SMALL,
          new String[] {ROW_ORDER},
          col(ROW_ORDER));
      System.err.printf("goalshift: labelled %s into %s%n", input, output);
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      root.closeSession(spark);
    }
  }

  private String textColumn(String[] columns) {
    if (textColumn != null) {
      if (!Arrays.asList(columns).contains(textColumn)) {
        throw new UsageException(
            "No column '"
                + textColumn
                + "' in "
                + input
                + "; columns: "
                + String.join(", ", columns));
      }
      return textColumn;
    }
    if (Arrays.asList(columns).contains(Columns.GOAL_TEXT)) {
      return Columns.GOAL_TEXT;
    }
    if (columns.length == 1) {
      return columns[0];
    }
    throw new UsageException(
        input
            + " has no goal_text column; name the text column with --text-column (columns: "
            + String.join(", ", columns)
            + ")");
  }
}
