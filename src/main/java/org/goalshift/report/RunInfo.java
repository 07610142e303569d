package org.goalshift.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Facts about the run that produced a report, shown on the Data quality sheet. */
public record RunInfo(
    List<String> inputFiles, Instant startedAt, Duration runTime, String programVersion) {
  public RunInfo {
    inputFiles = List.copyOf(inputFiles);
  }
}
