package org.goalshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goalshift.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees when a command is wrong: exit code 2, one line, the usage, no trace. */
class CommandLineTest {
  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {}

  static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        GoalshiftCommand.execute(
            new GoalshiftCommand(name -> TestSpark.session(), false),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static void assertUsageError(Result result, String message) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err().lines().findFirst())
        .hasValueSatisfying(line -> assertThat(line).startsWith("goalshift: ").contains(message));
    assertThat(result.err()).contains("Usage:").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unknownFlagIsAUsageError() {
    assertUsageError(
        run("report", "--input", "x", "--month", "2026-10", "--output", "o", "--colour"),
        "Unknown option: '--colour'");
  }

  @Test
  void missingInputPathIsAUsageError() {
    assertUsageError(
        run(
            "report",
            "--input",
            dir.resolve("nowhere").toString(),
            "--month",
            "2026-10",
            "--output",
            dir.resolve("out").toString()),
        "Input path does not exist");
  }

  @Test
  void malformedMonthsAreUsageErrors() {
    assertUsageError(
        run("report", "--input", "x", "--month", "2026-1", "--output", "o"),
        "not a month in the form YYYY-MM");
    assertUsageError(
        run("report", "--input", "x", "--month", "2026-13", "--output", "o"), "not a real month");
  }

  @Test
  void missingRequiredOptionIsAUsageError() {
    assertUsageError(
        run("report", "--month", "2026-10", "--output", "o"), "Missing required option: '--input'");
  }

  @Test
  void configFileSuppliesFlagsAndRejectsUnknownKeys() throws IOException {
    Path config = dir.resolve("goalshift.properties");
    Files.writeString(config, "month=2026-10\noutput=o\ninput=" + dir.resolve("nowhere") + "\n");
    assertUsageError(run("report", "--config", config.toString()), "Input path does not exist");

    Files.writeString(config, "reject-treshold=0.1\n");
    assertUsageError(run("report", "--config", config.toString()), "unknown key 'reject-treshold'");
  }

  @Test
  void versionAndHelpExitZero() {
    Result version = run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("goalshift ").contains("0.");
    for (String command : new String[] {"report", "classify", "evaluate"}) {
      Result help = run(command, "--help");
      assertThat(help.exitCode()).isZero();
      assertThat(help.out()).contains("Usage: goalshift " + command);
    }
  }
}
