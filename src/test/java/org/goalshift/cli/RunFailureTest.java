package org.goalshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goalshift.cli.CommandLineTest.Result;
import org.goalshift.testing.ReportArgs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees when a run fails (exit 1): one line naming the file and the cause, the
 * trace only with --verbose, and the previous report left as it was.
 */
class RunFailureTest {
  private static final String HEADER =
      "goal_id,client_id,therapist_id,supervisor_id,version,recorded_at,goal_text,session_number,status";

  @TempDir Path input;
  @TempDir Path out;

  @BeforeEach
  void previousReport() throws IOException {
    Files.writeString(
        input.resolve("export.csv"),
        HEADER + "\ng1,c1,t1,sup-a,1,2026-10-02,=HYPERLINK(\"x\"),1,active\n");
    assertThat(report().exitCode()).isZero();
  }

  private Result report(String... extra) {
    return CommandLineTest.run(ReportArgs.of(input, "2026-10", out, extra));
  }

  private byte[] previousGoals() throws IOException {
    return Files.readAllBytes(out.resolve("2026-10/data/goals.csv"));
  }

  private static void assertOneLine(Result result, String... parts) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.err().lines().toList())
        .as(result.err())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("goalshift: error: ").contains(parts));
  }

  @Test
  void aTruncatedGzipFailsWithOneLineNamingTheFileAndTheTraceOnlyWhenVerbose() throws IOException {
    byte[] before = previousGoals();
    Files.write(
        input.resolve("zz-truncated.csv.gz"),
        new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});

    assertOneLine(report(), "zz-truncated.csv.gz");
    Result verbose = report("--verbose");
    assertThat(verbose.exitCode()).isEqualTo(1);
    assertThat(verbose.err()).startsWith("goalshift: error: ").contains("\tat ");
    assertThat(previousGoals()).isEqualTo(before);
  }

  @Test
  void anEmptyExportDoesNotReplaceAReportUnlessAllowed() throws IOException {
    byte[] before = previousGoals();
    Files.writeString(input.resolve("export.csv"), HEADER + "\n");

    assertOneLine(report(), "no rows", "--allow-empty");
    assertThat(previousGoals()).isEqualTo(before);

    assertThat(report("--allow-empty").exitCode()).isZero();
    assertThat(Files.readString(out.resolve("2026-10/data/goals.csv")).lines()).hasSize(1);
  }

  /** data/*.csv keep every text as written, formulas included; the workbooks hold text cells. */
  @Test
  void aGoalTextThatLooksLikeAFormulaIsKeptAsWritten() throws IOException {
    assertThat(Files.readString(out.resolve("2026-10/data/goal_versions.csv")))
        .contains(",\"=HYPERLINK(\"\"x\"\")\",");
  }
}
