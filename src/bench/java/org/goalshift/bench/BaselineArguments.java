package org.goalshift.bench;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The command line both baselines take from scripts/bench: the export, the month, the output. */
final class BaselineArguments {
  @Option(names = "--input", required = true, description = "Folder of .csv or .csv.gz files.")
  Path input;

  @Option(names = "--month", required = true, description = "Report month, YYYY-MM.")
  private String month;

  @Option(names = "--output", required = true, description = "Where the aggregates are written.")
  Path output;

  /** The report month, checked: it is compared as text with the first seven characters of dates. */
  String month() {
    if (!month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
      throw new IllegalArgumentException("--month must be YYYY-MM, got '" + month + "'");
    }
    return month;
  }
}
