package org.goalshift.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.goalshift.classify.Lexicon;
import org.goalshift.cli.GoalshiftCommand;
import org.goalshift.engine.Parallel;
import org.goalshift.ingest.ColumnMapping;
import org.goalshift.ingest.InputFiles;
import org.goalshift.output.FolderLock;
import org.goalshift.pipeline.RunSummary;
import org.goalshift.testing.TestSpark;
import org.goalshift.validate.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report read through a store gives the same files as one read from the exports, whatever
 * happened to the exports or the store between runs; and a store that cannot be trusted is named.
 */
class GoalStoreTest {
  private static final String MONTH = "2026-10";
  private static final String HEADER =
      "goal_id,client_id,therapist_id,supervisor_id,version,recorded_at,goal_text,session_number,status";

  @TempDir Path work;

  /** Three monthly exports: a copy of a record from the first in the second, and a conflict. */
  private Path exports() throws IOException {
    Path dir = Files.createDirectories(work.resolve("exports"));
    write(
        dir.resolve("2026-08.csv"),
        "g1,c1,t1,sup-a,1,2026-08-02,I want to stop feeling anxious all the time,1,active",
        "g2,c2,t1,sup-a,1,2026-08-15,Never get angry again,1,active",
        "g3,c3,t2,sup-b,1,2026-08-20,Notice my low mood sooner and respond gently,1,active",
        "g9,c9,t2,sup-b,x,2026-08-21,A record with a bad version,1,active");
    write(
        dir.resolve("2026-09.csv"),
        "g1,c1,t1,sup-a,2,2026-09-11,\"Understand my anxiety, and cope when it shows up\",4,revised",
        "g2,c2,t1,sup-a,1,2026-08-15,Never get angry again,1,active",
        "g3,c3,t2,sup-b,2,2026-09-30,Respond gently when my mood drops,3,active");
    write(
        dir.resolve("2026-10.csv"),
        "g3,c3,t2,sup-b,2,2026-09-30,Be happy all the time,3,active",
        "g4,c4,t2,sup-b,1,2026-10-05,Call my sister Jane on 07700 900123 each week,1,active",
        "g5,c5,t1,sup-a,1,2026-10-06,Make room for grief and still see friends,1,active");
    return dir;
  }

  private static void write(Path file, String... rows) throws IOException {
    Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
  }

  private record Run(int exitCode, String err, Path month) {
    RunSummary summary() throws IOException {
      try (InputStream in = Files.newInputStream(month.resolve("run-summary.json"))) {
        return RunSummary.read(in);
      }
    }

    GoalStore.Changes changes() throws IOException {
      return summary().store();
    }
  }

  private Run report(List<Path> inputs, String name, String... extra) {
    Path output = work.resolve("out-" + name);
    // A third of these records are rejected on purpose: the threshold would turn that into exit 3.
    List<String> args =
        new ArrayList<>(List.of("report", "--reject-threshold", "1", "--month", MONTH, "--output"));
    args.add(output.toString());
    inputs.forEach(input -> args.addAll(List.of("--input", input.toString())));
    args.addAll(List.of(extra));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    int code =
        GoalshiftCommand.execute(
            new GoalshiftCommand(session -> TestSpark.session(), false),
            stream,
            stream,
            args.toArray(String[]::new));
    return new Run(code, err.toString(StandardCharsets.UTF_8), output.resolve(MONTH));
  }

  private Run stored(List<Path> inputs, String name, String... extra) {
    List<String> args = new ArrayList<>(List.of("--store", work.resolve("store").toString()));
    args.addAll(List.of(extra));
    Run run = report(inputs, name, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  /** Every data file and rejected.csv, byte for byte, and the counts of the run summary. */
  private void assertSameReport(Run fromStore, Run fromExports) throws IOException {
    assertThat(fromExports.exitCode()).as(fromExports.err()).isZero();
    assertThat(files(fromStore.month())).isEqualTo(files(fromExports.month()));
    assertThat(fromStore.summary().counts()).isEqualTo(fromExports.summary().counts());
  }

  private static Map<String, String> files(Path month) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(month)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = month.relativize(file).toString();
        if (name.startsWith("data/") || name.equals("rejected.csv")) {
          contents.put(name, Files.readString(file));
        }
      }
    }
    return contents;
  }

  private Path storeDir() {
    return work.resolve("store");
  }

  private List<String> partFolders() throws IOException {
    try (Stream<Path> parts = Files.list(storeDir().resolve(GoalStore.RECORDS))) {
      return parts.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aLaterRunReadsOnlyTheNewExportAndAnExportRenamedIsNotReadAgain() throws IOException {
    Path exports = exports();
    Path august = exports.resolve("2026-08.csv");
    Path september = exports.resolve("2026-09.csv");
    Path october = exports.resolve("2026-10.csv");
    Run first = stored(List.of(august, september), "first");
    assertThat(first.changes().read()).hasSize(2);

    Path renamed = Files.move(august, exports.resolve("august-export.csv"));
    Run second = stored(List.of(renamed, september, october), "second");

    GoalStore.Changes changes = second.changes();
    assertThat(changes.read()).containsExactly(october.toString());
    assertThat(changes.fromStore())
        .containsExactlyInAnyOrder(renamed.toString(), september.toString());
    assertThat(changes.changed()).isEmpty();
    assertThat(changes.vanished()).isEmpty();
    assertSameReport(second, report(List.of(renamed, september, october), "csv"));
  }

  @Test
  void aChangedExportIsReadAgainAndItsOldRecordsLeave() throws IOException {
    Path exports = exports();
    stored(List.of(exports), "first");
    List<String> before = partFolders();
    write(
        exports.resolve("2026-09.csv"),
        "g1,c1,t1,sup-a,2,2026-09-12,Be calm at every family dinner,4,revised");

    Run second = stored(List.of(exports), "second");

    String september = exports + "/2026-09.csv";
    assertThat(second.changes().read()).containsExactly(september);
    assertThat(second.changes().changed()).containsExactly(september);
    List<String> after = partFolders();
    assertThat(after).hasSize(3);
    assertThat(before.stream().filter(after::contains)).hasSize(2);
    assertSameReport(second, report(List.of(exports), "csv"));
  }

  @Test
  void anExportNoLongerGivenLeavesTheReportAndTheStore() throws IOException {
    Path exports = exports();
    stored(List.of(exports), "first");
    Path october = exports.resolve("2026-10.csv");
    Path kept = Files.createDirectories(work.resolve("kept"));
    Files.move(exports.resolve("2026-08.csv"), kept.resolve("2026-08.csv"));
    Files.move(exports.resolve("2026-09.csv"), kept.resolve("2026-09.csv"));

    Run second = stored(List.of(kept), "second");

    assertThat(second.changes().vanished()).containsExactly(october.toString());
    assertThat(second.changes().read()).isEmpty();
    assertThat(partFolders()).hasSize(2);
    assertThat(second.err()).doesNotContain("error");
    assertSameReport(second, report(List.of(kept), "csv"));
  }

  @Test
  void aChangedLexiconLabelsTheStoredRecordsAgainAndReadsNoExport() throws IOException {
    Path exports = exports();
    Run first = stored(List.of(exports), "first");
    Path lexicon = work.resolve("lexicon.txt");
    String builtIn = Lexicon.builtIn().source();
    // "see friends" as a target turns g5 from relationship-oriented to a performance target.
    Files.writeString(lexicon, builtIn + "\n[performance]\nsee friends | 5 | a test's own cue\n");

    Run second = stored(List.of(exports), "second", "--lexicon", lexicon.toString());

    assertThat(second.changes().derivedAgain()).isTrue();
    assertThat(second.changes().read()).isEmpty();
    assertThat(files(second.month())).isNotEqualTo(files(first.month()));
    assertSameReport(second, report(List.of(exports), "csv", "--lexicon", lexicon.toString()));
  }

  @Test
  void aRunThatFailsWhileAddingLeavesTheStoreAsItWas() throws IOException {
    Path exports = exports();
    Path august = exports.resolve("2026-08.csv");
    stored(List.of(august), "first");
    byte[] manifest = Files.readAllBytes(storeDir().resolve(GoalStore.MANIFEST));
    List<String> parts = partFolders();
    Path truncated = work.resolve("truncated.csv.gz");
    try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(truncated))) {
      gzip.write((HEADER + "\ng7,c7,t1,sup-a,1,2026-10-01,Sleep well,1,active\n").getBytes());
    }
    byte[] whole = Files.readAllBytes(truncated);
    Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length - 12));

    Run failed = report(List.of(august, truncated), "failed", "--store", storeDir().toString());

    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err()).contains("truncated.csv.gz");
    assertThat(Files.readAllBytes(storeDir().resolve(GoalStore.MANIFEST))).isEqualTo(manifest);
    Run after = stored(List.of(august, exports.resolve("2026-09.csv")), "after");
    assertThat(after.changes().fromStore()).containsExactly(august.toString());
    assertThat(partFolders()).hasSize(2).containsAll(parts);
  }

  @Test
  void aSecondRunOnTheStoreIsRefusedAndChangesNothing() throws IOException {
    Path exports = exports();
    Files.createDirectories(storeDir());
    org.apache.hadoop.fs.Path lockFile =
        new org.apache.hadoop.fs.Path(storeDir().resolve(".lock").toUri());
    try (FolderLock held =
        FolderLock.take(
            lockFile.getFileSystem(new org.apache.hadoop.conf.Configuration()),
            lockFile,
            "the store " + storeDir())) {
      Run refused = report(List.of(exports), "refused", "--store", storeDir().toString());

      assertThat(refused.exitCode()).isEqualTo(GoalshiftCommand.EXIT_LOCKED);
      assertThat(refused.err().strip())
          .isEqualTo(
              "goalshift: another run holds the store "
                  + storeDir()
                  + " (pid "
                  + ProcessHandle.current().pid()
                  + "); this run changed nothing");
    }
    assertThat(storeDir().resolve(GoalStore.MANIFEST)).doesNotExist();
    assertThat(work.resolve("out-refused").resolve(MONTH)).doesNotExist();
  }

  @Test
  void aDamagedManifestIsNamedAndRebuildingStartsOver() throws IOException {
    Path exports = exports();
    stored(List.of(exports), "first");
    Files.writeString(storeDir().resolve(GoalStore.MANIFEST), "{\"format\": 1, \"buckets\":");

    Run damaged = report(List.of(exports), "damaged", "--store", storeDir().toString());

    assertThat(damaged.exitCode()).isEqualTo(1);
    assertThat(damaged.err().lines().findFirst().orElseThrow())
        .startsWith("goalshift: error: the store " + storeDir() + " is damaged: manifest.json")
        .contains("--rebuild-store");
    Run rebuilt = stored(List.of(exports), "rebuilt", "--rebuild-store");
    assertThat(rebuilt.changes().read()).hasSize(3);
    assertThat(rebuilt.changes().rebuiltBecause()).contains("--rebuild-store");
    assertThat(partFolders()).hasSize(3);
    assertSameReport(rebuilt, report(List.of(exports), "csv"));
  }

  @Test
  void aDamagedPartIsNamed() throws IOException {
    Path exports = exports();
    stored(List.of(exports), "first");
    Path part;
    try (Stream<Path> files = Files.walk(storeDir().resolve(GoalStore.RECORDS))) {
      part = files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().get();
    }
    byte[] bytes = Files.readAllBytes(part);
    Files.write(part, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    Run damaged = report(List.of(exports), "damaged", "--store", storeDir().toString());

    assertThat(damaged.exitCode()).isEqualTo(1);
    assertThat(damaged.err().lines().findFirst().orElseThrow())
        .contains(
            "is damaged: records/" + part.getParent().getFileName() + "/" + part.getFileName())
        .contains("--rebuild-store");
    assertThat(stored(List.of(exports), "rebuilt", "--rebuild-store").exitCode()).isZero();
  }

  @Test
  void theSameExportUnderTwoNamesCountsAsTheExportsWould() throws IOException {
    Path exports = exports();
    Path copy = Files.copy(exports.resolve("2026-09.csv"), work.resolve("2026-09 (copy).csv"));

    Run fromStore = stored(List.of(exports, copy), "store");

    assertThat(fromStore.summary().counts().duplicatesDropped()).isGreaterThanOrEqualTo(3);
    assertSameReport(fromStore, report(List.of(exports, copy), "csv"));
  }

  private List<InputFiles.InputFile> exportFiles() throws IOException {
    return InputFiles.list(
        List.of(exports().toString()), TestSpark.session().sparkContext().hadoopConfiguration());
  }

  @Test
  void storedRecordsReachTheChecksAcrossRecordsWithNoShuffle() throws IOException {
    SparkSession spark = TestSpark.session();
    List<InputFiles.InputFile> files = exportFiles();
    try (GoalStore store = GoalStore.open(spark, storeDir().toString(), false);
        Parallel parallel = new Parallel(2)) {
      Dataset<Row> records =
          store
              .update(files, ColumnMapping.standard(), Lexicon.builtIn(), "test", parallel)
              .records();
      Dataset<Row> checked = Validation.checkAcross(records);

      String plan = checked.queryExecution().executedPlan().toString();
      assertThat(plan).contains("Bucketed: true").doesNotContain("Exchange");
      assertThat(checked.count()).isEqualTo(10);
    }
  }

  @Test
  void anotherBuildOfGoalshiftReadsEveryExportAgain() throws IOException {
    List<InputFiles.InputFile> files = exportFiles();
    assertThat(update(files, "1.0").read()).hasSize(3);
    assertThat(update(files, "1.0").fromStore()).hasSize(3);

    GoalStore.Changes another = update(files, "1.1");

    assertThat(another.read()).hasSize(3);
    assertThat(another.rebuiltBecause()).contains("another build of goalshift");
  }

  private GoalStore.Changes update(List<InputFiles.InputFile> files, String programVersion) {
    try (GoalStore store = GoalStore.open(TestSpark.session(), storeDir().toString(), false);
        Parallel parallel = new Parallel(2)) {
      return store
          .update(files, ColumnMapping.standard(), Lexicon.builtIn(), programVersion, parallel)
          .changes();
    }
  }
}
