package org.goalshift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.goalshift.pipeline.ClassifyJob;
import org.goalshift.schema.Columns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    description = {
      "Labels every goal text of any CSV with the classifier the report uses: the output keeps",
      "every input column, in the input's row order, and adds label, cues, confidence,",
      "direction, direction_cues and direction_confidence."
    })
final class ClassifyCommand implements Callable<Integer> {
  @ParentCommand private GoalshiftCommand root;
  @Spec private CommandSpec spec;
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
      Dataset<Row> goals = ClassifyJob.read(spark, input);
      ClassifyJob.run(spark, goals, textColumn(goals.columns()), common.lexicon(), output);
      spec.commandLine().getErr().printf("goalshift: labelled %s into %s%n", input, output);
      return 0;
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
