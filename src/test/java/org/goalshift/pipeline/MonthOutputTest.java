package org.goalshift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.goalshift.output.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The month's folder under faults: two runs at once, and what a killed run leaves behind. */
class MonthOutputTest {
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  @TempDir Path out;

  private MonthOutput begin() {
    return MonthOutput.begin(out.toString(), OCTOBER, new Configuration());
  }

  private Path local(org.apache.hadoop.fs.Path path) {
    return Path.of(path.toUri());
  }

  private String[] entries() throws IOException {
    try (Stream<Path> listed = Files.list(out)) {
      return listed.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void aSecondRunOfTheMonthIsRefusedAndLeavesTheFirstRunsStagingAlone() throws IOException {
    try (MonthOutput first = begin()) {
      Path staging = local(first.staging());
      Files.writeString(staging.resolve("rejected.csv"), "written by the first run\n");

      assertThatThrownBy(this::begin)
          .isInstanceOf(FolderLock.HeldException.class)
          .hasMessage(
              "another run holds 2026-10 in "
                  + out
                  + " (pid "
                  + ProcessHandle.current().pid()
                  + ")");
      assertThat(staging.resolve("rejected.csv")).hasContent("written by the first run");
    }
    try (MonthOutput again = begin()) {
      assertThat(local(again.staging())).isDirectory();
    }
  }

  @Test
  void aRunOfAnotherMonthIsNotHeldUp() {
    try (MonthOutput october = begin();
        MonthOutput november =
            MonthOutput.begin(out.toString(), OCTOBER.plusMonths(1), new Configuration())) {
      assertThat(local(november.staging())).isDirectory();
    }
  }

  @Test
  void stagingLeftByARunThatDiedIsRemoved() throws IOException {
    Files.createDirectories(out.resolve(".2026-10.staging-dead").resolve("data"));
    try (MonthOutput run = begin()) {
      assertThat(entries()).containsExactly(".2026-10.lock", run.staging().getName());
    }
  }

  /** A kill after the old report was renamed aside and before the new one was moved in. */
  @Test
  void aPreviousReportLeftAsideByAKillDuringPublishingIsPutBack() throws IOException {
    Path aside = Files.createDirectories(out.resolve(".2026-10.replaced-dead"));
    Files.writeString(aside.resolve("run-summary.json"), "{}");
    try (MonthOutput run = begin()) {
      assertThat(out.resolve("2026-10/run-summary.json")).hasContent("{}");
      assertThat(entries()).containsExactly(".2026-10.lock", run.staging().getName(), "2026-10");
    }
  }

  /** A kill after the new report was moved in and before the old one was removed. */
  @Test
  void aReplacedReportLeftByAKillAfterPublishingIsRemoved() throws IOException {
    Files.createDirectories(out.resolve("2026-10"));
    Files.writeString(out.resolve("2026-10/run-summary.json"), "new");
    Files.createDirectories(out.resolve(".2026-10.replaced-dead/data"));
    try (MonthOutput run = begin()) {
      run.publish();
    }
    assertThat(entries()).containsExactly(".2026-10.lock", "2026-10");
  }
}
