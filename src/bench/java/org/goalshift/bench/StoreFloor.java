package org.goalshift.bench;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.goalshift.schema.Columns;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The floor of a monthly run from a goal store, for scripts/bench: what Spark alone costs to read
 * the stored records and write the largest output, goal_versions' columns as CSV, on embedded Spark
 * with its defaults. No check, no order, no measure, no workbook: no report from the store can take
 * less than this on the same machine.
 */
@Command(
    name = "store-floor",
    mixinStandardHelpOptions = true,
    description = "Reads a goal store's records and writes them as CSV, as scripts/bench's floor.")
public final class StoreFloor implements Callable<Integer> {
  @Option(names = "--store", required = true, description = "A goal store's folder.")
  private Path store;

  @Option(names = "--output", required = true, description = "Where the CSV parts are written.")
  private Path output;

  public static void main(String[] args) {
    System.exit(new CommandLine(new StoreFloor()).execute(args));
  }

  @Override
  public Integer call() {
    SparkSession spark =
        SparkSession.builder()
            .master("local[*]")
            .appName("goalshift store floor")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    try {
      spark
          .read()
          .parquet(store.resolve("records").toString())
          .select(
              col(Columns.GOAL_ID),
              col(Columns.VERSION),
              col(Columns.CLIENT_ID),
              col(Columns.THERAPIST_ID),
              col(Columns.SUPERVISOR_ID),
              col(Columns.RECORDED_AT),
              col(Columns.SESSION_NUMBER),
              col(Columns.STATUS),
              col(Columns.GOAL_TEXT),
              col(Columns.LABEL),
              col(Columns.CUES),
              col(Columns.CONFIDENCE),
              col(Columns.DIRECTION),
              col(Columns.DIRECTION_CUES),
              col(Columns.DIRECTION_CONFIDENCE))
          .write()
          .option("escape", "\"")
          .csv(output.toString());
    } finally {
      spark.stop();
    }
    return 0;
  }
}
