package org.goalshift.validate;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.goalshift.schema.Columns.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.goalshift.ingest.ColumnMapping;
import org.goalshift.ingest.CsvIngest;
import org.goalshift.ingest.InputFiles;
import org.goalshift.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest and validation together, on real files: what each kind of bad record becomes. */
class IngestAndValidationTest {
  private static final String HEADER =
      "goal_id,client_id,therapist_id,supervisor_id,version,recorded_at,goal_text,session_number,status";

  @TempDir Path dir;

  private Dataset<Row> checked(ColumnMapping mapping) {
    List<InputFiles.InputFile> files =
        InputFiles.list(List.of(dir.toString()), new Configuration());
    return Validation.check(CsvIngest.read(TestSpark.session(), files, mapping)).cache();
  }

  private Dataset<Row> checked() {
    return checked(ColumnMapping.standard());
  }

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static Map<Long, Row> byLine(Dataset<Row> rows) {
    return rows.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getLong(r.fieldIndex(LINE_NUMBER)), r -> r));
  }

  /**
   * Rows that are not accepted by "file name:line", for tests whose records come from more than one
   * file (an accepted row does not keep its file).
   */
  private static Map<String, Row> byPlace(Dataset<Row> rows) {
    return rows.filter(col(SOURCE_FILE).isNotNull()).collectAsList().stream()
        .collect(
            Collectors.toMap(
                r -> {
                  String file = r.getString(r.fieldIndex(SOURCE_FILE));
                  return file.substring(file.lastIndexOf('/') + 1)
                      + ":"
                      + r.getLong(r.fieldIndex(LINE_NUMBER));
                },
                r -> r));
  }

  private static String code(Row row) {
    return row.getString(row.fieldIndex(REJECT_CODE));
  }

  private static String outcome(Row row) {
    return row.getString(row.fieldIndex(OUTCOME));
  }

  @Test
  void everyFieldLevelProblemIsRejectedWithItsOwnReason() throws IOException {
    write(
        "export.csv",
        HEADER,
        "g1,c1,t1,s1,1,2026-10-03,Stop feeling anxious,1,active",
        "g2,c1,t1,s1,0,2026-10-03,text,1,active",
        "g3,c1,t1,s1,two,2026-10-03,text,1,active",
        "g4,c1,t1,s1,-1,2026-10-03,text,1,active",
        "g5,c1,t1,s1,1,03/10/2026,text,1,active",
        "g6,c1,t1,s1,1,2026-02-30,text,1,active",
        "g7,c1,t1,s1,1,2026-10-03T25:10:00,text,1,active",
        "g8,c1,t1,s1,1,2026-10-03,   ,1,active",
        "g9,,t1,s1,1,2026-10-03,text,1,active",
        "g10,c1,t1,s1,1,2026-10-03,text,0,active",
        "g11,c1,t1,s1,1,2026-10-03,text,1,paused",
        "g12,c1,t1,s1,1,2026-10-03,text,1",
        "g13,c1,t1,s1,1,2026-10-03,text,1,active,extra",
        "g14,c1,t1,s1,1,2026-10-03T23:30:00-05:00,text,,ACHIEVED");
    Map<Long, Row> rows = byLine(checked());

    assertThat(outcome(rows.get(2L))).isEqualTo(Validation.ACCEPTED);
    assertThat(code(rows.get(3L))).isEqualTo("bad_version");
    assertThat(rows.get(3L).getString(rows.get(3L).fieldIndex(REJECT_REASON)))
        .isEqualTo("version '0' is not a positive integer");
    assertThat(code(rows.get(4L))).isEqualTo("bad_version");
    assertThat(code(rows.get(5L))).isEqualTo("bad_version");
    assertThat(code(rows.get(6L))).isEqualTo("bad_date");
    assertThat(code(rows.get(7L))).isEqualTo("impossible_date");
    assertThat(code(rows.get(8L))).isEqualTo("impossible_date");
    assertThat(code(rows.get(9L))).isEqualTo("empty_goal_text");
    assertThat(code(rows.get(10L))).isEqualTo("missing_field");
    assertThat(rows.get(10L).getString(rows.get(10L).fieldIndex(REJECT_REASON)))
        .contains("client_id");
    assertThat(code(rows.get(11L))).isEqualTo("bad_session_number");
    assertThat(code(rows.get(12L))).isEqualTo("bad_status");
    assertThat(code(rows.get(13L))).isEqualTo("wrong_column_count");
    assertThat(rows.get(13L).getString(rows.get(13L).fieldIndex(REJECT_REASON)))
        .isEqualTo("the record has 8 fields but the header has 9");
    assertThat(code(rows.get(14L))).isEqualTo("wrong_column_count");

    Row offset = rows.get(15L);
    assertThat(outcome(offset)).isEqualTo(Validation.ACCEPTED);
    assertThat(offset.getDate(offset.fieldIndex(RECORDED_DATE))).hasToString("2026-10-03");
    assertThat(offset.getString(offset.fieldIndex(STATUS))).isEqualTo("achieved");
    assertThat(offset.isNullAt(offset.fieldIndex(SESSION_NUMBER))).isTrue();
  }

  @Test
  void everyIsoFormOfDateAndTimeIsAccepted() throws IOException {
    List<String> forms =
        List.of(
            "2026-10-03",
            "2026-10-03T14:30",
            "2026-10-03 14:30:00",
            "2026-10-03T14:30:00.123Z",
            "2026-10-03T14:30:00z",
            "2026-10-03T14:30:00+01:00",
            "2026-10-03T14:30:00-0500",
            "2026-10-03T14:30:00+01",
            "\"2026-10-03T14:30:00,5\"",
            "2026-10-03T00:00:00+14:00");
    List<String> lines = new java.util.ArrayList<>(List.of(HEADER));
    for (int i = 0; i < forms.size(); i++) {
      lines.add("g" + i + ",c1,t1,s1,1," + forms.get(i) + ",Notice my anger,1,active");
    }
    write("export.csv", lines.toArray(String[]::new));
    Map<Long, Row> rows = byLine(checked());
    for (int i = 0; i < forms.size(); i++) {
      Row row = rows.get(i + 2L);
      assertThat(outcome(row))
          .as(forms.get(i) + ": " + row.getString(row.fieldIndex(REJECT_REASON)))
          .isEqualTo(Validation.ACCEPTED);
      assertThat(row.getDate(row.fieldIndex(RECORDED_DATE))).hasToString("2026-10-03");
    }
  }

  @Test
  void anUnclosedQuoteCostsOnlyItsOwnLineAndQuotedLineBreaksSurvive() throws IOException {
    write(
        "export.csv",
        HEADER,
        "g1,c1,t1,s1,1,2026-10-03,\"Stop, \"\"for good\"\",\nthe panic\",1,active",
        "g2,c1,t1,s1,1,2026-10-03,\"never closed,1,active",
        "g3,c1,t1,s1,1,2026-10-04,Notice my anger sooner,2,active",
        "g4,c1,t1,s1,1,2026-10-05,\"quoted\"junk,3,active");
    Map<Long, Row> rows = byLine(checked());

    Row multiLine = rows.get(2L);
    assertThat(outcome(multiLine)).isEqualTo(Validation.ACCEPTED);
    assertThat(multiLine.getString(multiLine.fieldIndex(GOAL_TEXT)))
        .isEqualTo("Stop, \"for good\",\nthe panic");
    assertThat(code(rows.get(4L))).isEqualTo("unbalanced_quotes");
    assertThat(rows.get(4L).getString(rows.get(4L).fieldIndex(RAW_RECORD)))
        .isEqualTo("g2,c1,t1,s1,1,2026-10-03,\"never closed,1,active");
    assertThat(outcome(rows.get(5L))).isEqualTo(Validation.ACCEPTED);
    assertThat(code(rows.get(6L))).isEqualTo("malformed_quotes");
    assertThat(rows).hasSize(4);
  }

  @Test
  void exactDuplicatesAreCountedOnceAndConflictingVersionsAreAllRejected() throws IOException {
    write(
        "a.csv",
        HEADER,
        "g1,c1,t1,s1,1,2026-10-03,Stop feeling anxious,1,active",
        "g2,c1,t1,s1,1,2026-10-03,Be calm,1,active",
        "g2,c1,t1,s1,1,2026-10-03,Be calm always,1,active");
    write("b.csv", HEADER, "g1,c1,t1,s1,1,2026-10-03,Stop feeling anxious,1,active");
    Dataset<Row> checked = checked();
    Map<String, Long> outcomes =
        checked.groupBy(OUTCOME).count().collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getLong(1)));

    assertThat(outcomes)
        .containsEntry("accepted", 1L)
        .containsEntry("duplicate", 1L)
        .containsEntry("rejected", 2L);
    Row copy = checked.filter(OUTCOME + " = 'duplicate'").first();
    assertThat(copy.getString(copy.fieldIndex(SOURCE_FILE))).endsWith("b.csv");
    Row kept = checked.filter(OUTCOME + " = 'accepted'").first();
    assertThat(kept.isNullAt(kept.fieldIndex(SOURCE_FILE))).isTrue();
    assertThat(kept.isNullAt(kept.fieldIndex(RAW_RECORD))).isTrue();
    List<Row> conflicts = checked.filter(REJECT_CODE + " = 'conflicting_version'").collectAsList();
    assertThat(conflicts).hasSize(2);
    assertThat(conflicts.get(0).getString(conflicts.get(0).fieldIndex(REJECT_REASON)))
        .contains("goal_id 'g2' version 1 appears in 2 records");
  }

  @Test
  void anExactCopyInAConflictingVersionIsADuplicateAndTheReasonCountsEveryRecord()
      throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    for (int goal = 2; goal <= 8; goal++) {
      lines.add("f" + goal + ",c1,t1,s1,1,2026-10-03,Sleep better,1,active");
    }
    // Lines 9 and 10: line 9 comes first although "10" sorts before "9" as text.
    lines.add("g3,c1,t1,s1,1,2026-10-03,Be calm always,1,active");
    lines.add("g3,c1,t1,s1,1,2026-10-03,Be calm,1,active");
    write("a.csv", lines.toArray(String[]::new));
    write("b.csv", HEADER, "g3,c1,t1,s1,1,2026-10-03,Be calm always,1,active");
    Dataset<Row> checked = checked();
    Map<String, Row> rows = byPlace(checked);

    Row copy = rows.get("b.csv:2");
    assertThat(outcome(copy)).isEqualTo(Validation.DUPLICATE);
    assertThat(code(copy)).isNull();
    String sourceOfA = rows.get("a.csv:9").getString(rows.get("a.csv:9").fieldIndex(SOURCE_FILE));
    for (String place : List.of("a.csv:9", "a.csv:10")) {
      Row conflict = rows.get(place);
      assertThat(outcome(conflict)).isEqualTo(Validation.REJECTED);
      assertThat(code(conflict)).isEqualTo("conflicting_version");
      assertThat(conflict.getString(conflict.fieldIndex(REJECT_REASON)))
          .isEqualTo(
              "goal_id 'g3' version 1 appears in 3 records with different content; all are"
                  + " rejected (first at "
                  + sourceOfA
                  + ":9)");
    }
    assertThat(checked.filter(col(OUTCOME).equalTo(Validation.ACCEPTED)).count()).isEqualTo(7);
  }

  @Test
  void copiesWithEmptyOptionalFieldsAreDuplicatesButAnEmptyFieldAgainstAValueConflicts()
      throws IOException {
    write(
        "a.csv",
        HEADER,
        "g1,c1,t1,s1,1,2026-10-03,Be calm,,",
        "g2,c1,t1,s1,1,2026-10-03,Be calm,,active",
        "g1,c1,t1,s1,1,2026-10-03,Be calm,,");
    write(
        "b.csv",
        "goal_id,client_id,therapist_id,supervisor_id,version,recorded_at,goal_text",
        "g1,c1,t1,s1,1,2026-10-03,Be calm",
        "g2,c1,t1,s1,1,2026-10-03,Be calm");
    Dataset<Row> checked = checked();
    Map<String, Row> rows = byPlace(checked);

    // The other two records of g1 are the copies, so a.csv:2 is the one kept.
    assertThat(rows).doesNotContainKey("a.csv:2");
    assertThat(
            checked
                .filter(col(GOAL_ID).equalTo("g1").and(col(OUTCOME).equalTo(Validation.ACCEPTED)))
                .count())
        .isEqualTo(1);
    assertThat(outcome(rows.get("a.csv:4"))).isEqualTo(Validation.DUPLICATE);
    assertThat(outcome(rows.get("b.csv:2"))).isEqualTo(Validation.DUPLICATE);
    for (String place : List.of("a.csv:3", "b.csv:3")) {
      assertThat(code(rows.get(place))).isEqualTo("conflicting_version");
      assertThat(rows.get(place).getString(rows.get(place).fieldIndex(REJECT_REASON)))
          .contains("goal_id 'g2' version 1 appears in 2 records")
          .endsWith("a.csv:3)");
    }
  }

  @Test
  void headersMatchByNameInAnyCaseAndOrderWithBomGzipAndAliases() throws IOException {
    Files.writeString(
        dir.resolve("bom.csv"),
        "\uFEFFGoal_ID,Version,Client_Id,THERAPIST_ID,supervisor_id,recorded_at,GoalText\n"
            + "g1,1,c1,t1,s1,2026-10-03,Stop worrying\n",
        StandardCharsets.UTF_8);
    try (OutputStream gz =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("more.csv.gz")))) {
      gz.write(
          (HEADER.replace("goal_text", "GoalText")
                  + "\ng2,c2,t2,s2,1,2026-10-04,Accept sadness,,\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Dataset<Row> checked = checked(ColumnMapping.withAliases(Map.of(GOAL_TEXT, "goaltext")));

    List<Row> accepted = Validation.split(checked).accepted().orderBy(GOAL_ID).collectAsList();
    assertThat(accepted)
        .extracting(r -> r.getString(r.fieldIndex(GOAL_TEXT)))
        .containsExactly("Stop worrying", "Accept sadness");
    assertThat(accepted.get(0).getInt(accepted.get(0).fieldIndex(VERSION))).isEqualTo(1);
  }

  @Test
  void aFileWithoutARequiredColumnRejectsEachRecordNamingTheColumn() throws IOException {
    write(
        "old.csv",
        "goal_id,client_id,therapist_id,version,recorded_at,goal_text",
        "g1,c1,t1,1,2026-10-03,text");
    Row only = checked().first();
    assertThat(code(only)).isEqualTo("missing_column");
    assertThat(only.getString(only.fieldIndex(REJECT_REASON))).contains("supervisor_id");
  }

  @Test
  void bytesThatAreNotUtf8AreRejected() throws IOException {
    byte[] header = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] record =
        "g1,c1,t1,s1,1,2026-10-03,caf\u00e9 latte,1,active\n".getBytes(StandardCharsets.ISO_8859_1);
    try (OutputStream out = Files.newOutputStream(dir.resolve("latin1.csv"))) {
      out.write(header);
      out.write(record);
    }
    assertThat(code(checked().first())).isEqualTo("invalid_encoding");
  }

  /**
   * RFC 4180 sets no limit on the line breaks in a quoted field, so a long note keeps its record;
   * what bounds a record is its size ({@code MAX_RECORD_BYTES}).
   */
  @Test
  void aQuotedFieldWithHundredsOfLineBreaksIsOneRecord() throws IOException {
    String note = String.join("\n", java.util.Collections.nCopies(300, "a line of the note"));
    write(
        "long-note.csv",
        HEADER,
        "g1,c1,t1,s1,1,2026-10-03,\"" + note + "\",1,active",
        "g2,c1,t1,s1,1,2026-10-04,Notice my anger sooner,2,active");
    Map<Long, Row> rows = byLine(checked());

    assertThat(rows).hasSize(2);
    assertThat(outcome(rows.get(2L))).isEqualTo(Validation.ACCEPTED);
    assertThat(rows.get(2L).getString(rows.get(2L).fieldIndex(GOAL_TEXT))).isEqualTo(note);
    assertThat(outcome(rows.get(302L))).isEqualTo(Validation.ACCEPTED);
  }

  /** A stray quote still costs only its own line, however much of the file follows it. */
  @Test
  void aStrayQuoteBeforeMoreThanTheRecordLimitCostsOnlyItsLine() throws IOException {
    List<String> lines = new ArrayList<>(List.of(HEADER, "g0,c1,t1,s1,1,2026-10-03,\"stray,1,"));
    int good = 30_000;
    for (int i = 1; i <= good; i++) {
      lines.add("g" + i + ",c1,t1,s1,1,2026-10-03,Notice my anger sooner and breathe,2,active");
    }
    write("stray.csv", lines.toArray(String[]::new));
    Dataset<Row> checked = checked();

    assertThat(checked.filter(col(OUTCOME).equalTo(Validation.ACCEPTED)).count()).isEqualTo(good);
    assertThat(code(byLine(checked.filter(col(LINE_NUMBER).equalTo(2))).get(2L)))
        .isEqualTo("unbalanced_quotes");
    assertThat(checked.count()).isEqualTo(good + 1);
  }

  /**
   * Every file is read once by its literal name: Hadoop would take brackets, braces, {@code *} and
   * {@code ?} as a glob and a comma as a separator between paths.
   */
  @Test
  void everyFileIsReadOnceByItsLiteralNameWhateverItsCharacters() throws IOException {
    List<String> names =
        List.of(
            "x[1].csv",
            "x1.csv",
            "goals[clinic3].csv",
            "clinic A, October.csv",
            "star*.csv",
            "what?.csv",
            "{a,b}.csv",
            "a.csv",
            "per%20cent.csv",
            "caf\u00e9 \u00fcber.csv",
            "hash#.csv");
    for (int i = 0; i < names.size(); i++) {
      write(names.get(i), HEADER, "g" + i + ",c1,t1,s1,1,2026-10-03,Notice the worry,1,active");
    }
    Dataset<Row> checked = checked();

    assertThat(checked.count()).isEqualTo(names.size());
    assertThat(Validation.split(checked).accepted().select(GOAL_ID).distinct().count())
        .isEqualTo(names.size());

    List<InputFiles.InputFile> single =
        InputFiles.list(
            List.of(
                dir.resolve("goals[clinic3].csv").toString(),
                dir.resolve("clinic A, October.csv").toString()),
            new Configuration());
    assertThat(CsvIngest.read(TestSpark.session(), single, ColumnMapping.standard()).count())
        .isEqualTo(2);
  }

  /** A FIFO or device named .csv would block its reader forever; only regular files are read. */
  @Test
  void aFileThatIsNotARegularFileIsSkippedInAFolderAndRefusedWhenNamed() throws Exception {
    write("good.csv", HEADER, "g1,c1,t1,s1,1,2026-10-03,Notice the worry,1,active");
    Path fifo = dir.resolve("pipe.csv");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    assertThat(InputFiles.list(List.of(dir.toString()), new Configuration()))
        .extracting(InputFiles.InputFile::displayName)
        .containsExactly(dir + "/good.csv");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> InputFiles.list(List.of(fifo.toString()), new Configuration()))
        .isInstanceOf(InputFiles.InputPathException.class)
        .hasMessageContaining("not a regular file");
  }

  /**
   * A date before 1900 is a typing slip (0026 for 2026), not a therapy record, and Excel cannot
   * show it as a date: it is rejected rather than counted as 740,000 days unchanged.
   */
  @Test
  void aDateBefore1900IsRejectedAsOutOfRange() throws IOException {
    write(
        "early.csv",
        HEADER,
        "g1,c1,t1,s1,1,0026-10-03,Notice the worry,1,active",
        "g2,c1,t1,s1,1,1899-12-31T10:00,Notice the worry,1,active",
        "g3,c1,t1,s1,1,1900-01-01,Notice the worry,1,active");
    Map<Long, Row> rows = byLine(checked());

    assertThat(code(rows.get(2L))).isEqualTo("date_out_of_range");
    assertThat(code(rows.get(3L))).isEqualTo("date_out_of_range");
    assertThat(outcome(rows.get(4L))).isEqualTo(Validation.ACCEPTED);
  }
}
