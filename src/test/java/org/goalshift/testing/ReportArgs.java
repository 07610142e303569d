package org.goalshift.testing;

import java.nio.file.Path;
import java.util.stream.Stream;

/** The command line of a report run, as the tests that run whole reports give it. */
public final class ReportArgs {
  private ReportArgs() {}

  public static String[] of(Path input, String month, Path output, String... extra) {
    return Stream.concat(
            Stream.of(
                "report",
                "--input",
                input.toString(),
                "--month",
                month,
                "--output",
                output.toString()),
            Stream.of(extra))
        .toArray(String[]::new);
  }
}
