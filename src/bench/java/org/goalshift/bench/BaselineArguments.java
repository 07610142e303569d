package org.goalshift.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import picocli.CommandLine.Option;

/** The command line both baselines take from scripts/bench: the export, the month, the output. */
final class BaselineArguments {
  @Option(names = "--input", required = true, description = "Folder of .csv or .csv.gz files.")
  Path input;

  /** picocli parses it as ISO YYYY-MM and refuses anything else with a usage error. */
  @Option(names = "--month", required = true, description = "Report month, YYYY-MM.")
  YearMonth month;

  @Option(names = "--output", required = true, description = "Where the aggregates are written.")
  Path output;
}
