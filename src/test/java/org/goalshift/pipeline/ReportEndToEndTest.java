package org.goalshift.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.goalshift.cli.GoalshiftCommand;
import org.goalshift.testing.ReportArgs;
import org.goalshift.testing.TestSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole report job on real files, as an operator runs it: outputs, reconciliation, reruns. */
class ReportEndToEndTest {
  private static final String HEADER =
      "goal_id,client_id,therapist_id,supervisor_id,version,recorded_at,goal_text,session_number,status";
  private static final List<String> DATA_FILES =
      List.of(
          "goal_versions",
          "goals",
          "monthly",
          "transitions",
          "time_to_first_revision",
          "cohorts",
          "attention",
          "clients");

  @TempDir static Path input;

  @BeforeAll
  static void writeExport() throws IOException {
    Files.writeString(
        input.resolve("export.csv"),
        String.join(
                "\n",
                HEADER,
                "g1,c1,t1,sup-a,1,2026-06-02,I want to stop feeling anxious all the time,1,active",
                "g1,c1,t1,sup-a,2,2026-08-11T10:00:00+01:00,\"Understand my anxiety, and develop"
                    + " tools to cope when it shows up\",6,revised",
                "g2,c2,t1,sup-a,1,2026-09-15,\"Never get angry again; call me on 07700"
                    + " 900123\",1,active",
                "g3,c3,t2,sup-b,1,2026-10-30T23:30:00-05:00,\"Notice my low mood sooner\n"
                    + "and respond gently\",1,active",
                "g3,c3,t2,sup-b,2,2026-11-05,Notice my low mood sooner and respond kindly,3,active",
                "g4,c4,t2,sup-b,1,2026-13-01,Be confident,1,active",
                "g1,c1,t1,sup-a,1,2026-06-02,I want to stop feeling anxious all the time,1,active",
                "g5,c5,t2,sup-b,1,2026-10-01,\"never closed,1,active")
            + "\n");
  }

  private static int report(Path output, String... extra) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
    return GoalshiftCommand.execute(
        new GoalshiftCommand(name -> TestSpark.session(), false),
        quiet,
        quiet,
        ReportArgs.of(input, "2026-10", output, extra));
  }

  @Test
  void theMonthHoldsOnlyTheDocumentedFilesAndTheCountsLineReachesStderr(@TempDir Path out)
      throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    int exit =
        GoalshiftCommand.execute(
            new GoalshiftCommand(name -> TestSpark.session(), false),
            errStream,
            errStream,
            ReportArgs.of(input, "2026-10", out, "--reject-threshold", "0.5"));
    assertThat(exit).isZero();

    Path month = out.resolve("2026-10");
    try (Stream<Path> files = Files.walk(month)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> month.relativize(p).toString()))
          .containsExactlyInAnyOrder(
              "overview.xlsx",
              "rejected.csv",
              "run-summary.json",
              "supervisors/sup-a.xlsx",
              "supervisors/sup-b.xlsx",
              "data/goal_versions.csv",
              "data/goals.csv",
              "data/monthly.csv",
              "data/transitions.csv",
              "data/time_to_first_revision.csv",
              "data/cohorts.csv",
              "data/attention.csv",
              "data/clients.csv");
    }
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains(
            "goalshift: 2026-10 report in "
                + out
                + "/2026-10: 8 rows read = 5 accepted + 2 rejected + 1 duplicates dropped");
  }

  private static List<CSVRecord> readCsv(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().get().parse(reader).getRecords();
    }
  }

  private static RunSummary summary(Path month) throws IOException {
    try (InputStream in = Files.newInputStream(month.resolve("run-summary.json"))) {
      return RunSummary.read(in);
    }
  }

  @Test
  void writesEveryOutputAndTheCountsReconcile(@TempDir Path out) throws IOException {
    assertThat(report(out, "--reject-threshold", "0.5")).isZero();
    Path month = out.resolve("2026-10");

    for (String name : DATA_FILES) {
      assertThat(month.resolve("data/" + name + ".csv")).isRegularFile();
    }
    assertThat(month.resolve("supervisors/sup-a.xlsx")).isRegularFile();
    assertThat(month.resolve("supervisors/sup-b.xlsx")).isRegularFile();
    assertThat(month.resolve("overview.xlsx")).isRegularFile();
    try (Stream<Path> entries = Files.list(out)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("2026-10", ".2026-10.lock");
    }

    RunSummary.Counts counts = summary(month).counts();
    // 8 records: 5 accepted, 2 rejected (impossible month 13, unclosed quote), 1 exact duplicate.
    assertThat(counts.rowsRead()).isEqualTo(8);
    assertThat(counts.rowsAccepted()).isEqualTo(5);
    assertThat(counts.rowsRejected()).isEqualTo(2);
    assertThat(counts.duplicatesDropped()).isEqualTo(1);
    assertThat(counts.reconciles()).isTrue();
    assertThat(counts.rejectedByReason())
        .containsOnly(Map.entry("impossible_date", 1L), Map.entry("unbalanced_quotes", 1L));
    // g3's version 2 is recorded in November, after the report month.
    assertThat(counts.versionsAfterReportMonth()).isEqualTo(1);
    assertThat(counts.versionsInReport()).isEqualTo(4);

    // Line numbers count physical lines: g3 version 1 spans lines 5 and 6.
    List<CSVRecord> rejected = readCsv(month.resolve("rejected.csv"));
    assertThat(rejected).extracting(r -> r.get("line_number")).containsExactly("8", "10");
    assertThat(rejected.get(0).get("source_file")).endsWith("export.csv");
    assertThat(rejected.get(0).get("raw_record"))
        .isEqualTo("g4,c4,t2,sup-b,1,2026-13-01,Be confident,1,active");

    Map<String, CSVRecord> versions = new TreeMap<>();
    for (CSVRecord version : readCsv(month.resolve("data/goal_versions.csv"))) {
      versions.put(version.get("goal_id") + "/" + version.get("version"), version);
    }
    assertThat(versions).containsOnlyKeys("g1/1", "g1/2", "g2/1", "g3/1");
    assertThat(versions.get("g1/1").get("label")).isEqualTo("performance_target");
    assertThat(versions.get("g1/2").get("label")).isEqualTo("relationship_oriented");
    assertThat(versions.get("g1/2").get("text_changed")).isEqualTo("true");
    assertThat(versions.get("g1/2").get("recorded_at")).startsWith("2026-08-11");
    assertThat(versions.get("g2/1").get("goal_text")).contains("[PHONE]").doesNotContain("07700");
    assertThat(versions.get("g3/1").get("goal_text"))
        .isEqualTo("Notice my low mood sooner\nand respond gently");
    assertThat(versions.get("g3/1").get("recorded_at")).startsWith("2026-10-30");

    try (Workbook workbook =
        WorkbookFactory.create(month.resolve("supervisors/sup-a.xlsx").toFile(), null, true)) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
    }
  }

  @Test
  void aRerunGivesIdenticalDataFiles(@TempDir Path first, @TempDir Path second) throws IOException {
    assertThat(report(first, "--reject-threshold", "0.5")).isZero();
    assertThat(report(second, "--reject-threshold", "0.5")).isZero();
    for (String name : DATA_FILES) {
      String file = "2026-10/data/" + name + ".csv";
      assertThat(Files.readAllBytes(second.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
    assertThat(Files.readAllBytes(second.resolve("2026-10/rejected.csv")))
        .isEqualTo(Files.readAllBytes(first.resolve("2026-10/rejected.csv")));
  }

  @Test
  void tooManyRejectionsStillWritesEverythingAndExitsThree(@TempDir Path out) throws IOException {
    assertThat(report(out)).isEqualTo(ReportPipeline.EXIT_TOO_MANY_REJECTIONS);
    RunSummary summary = summary(out.resolve("2026-10"));
    assertThat(summary.status()).isEqualTo("too_many_rejections");
    assertThat(out.resolve("2026-10/overview.xlsx")).isRegularFile();
  }

  @Test
  void parquetFormatWritesTheSameColumns(@TempDir Path out) throws IOException {
    assertThat(report(out, "--reject-threshold", "0.5", "--format", "parquet")).isZero();
    for (String name : DATA_FILES) {
      Path parquet = out.resolve("2026-10/data/" + name + ".parquet");
      assertThat(parquet).isRegularFile();
    }
    List<String> columns =
        List.of(
            TestSpark.session()
                .read()
                .parquet(out.resolve("2026-10/data/goals.parquet").toString())
                .columns());
    assertThat(columns)
        .containsAll(
            List.of(
                "goal_id", "revisions", "first_label", "latest_label", "days_to_first_revision"));
  }

  @Test
  void aRunThatFailsHalfWayLeavesThePreviousReportUntouched(@TempDir Path out) throws IOException {
    assertThat(report(out, "--reject-threshold", "0.5")).isZero();
    byte[] before = Files.readAllBytes(out.resolve("2026-10/data/goals.csv"));
    Path corrupt = input.resolve("zz-truncated.csv.gz");
    Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3});
    try {
      assertThat(report(out, "--reject-threshold", "0.5")).isEqualTo(1);
    } finally {
      Files.delete(corrupt);
    }
    assertThat(Files.readAllBytes(out.resolve("2026-10/data/goals.csv"))).isEqualTo(before);
    try (Stream<Path> entries = Files.list(out)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("2026-10", ".2026-10.lock");
    }
  }
}
