package org.goalshift.samplegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.goalshift.schema.InputSchema;
import org.goalshift.schema.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SampleDataGeneratorTest {
  private static final CSVFormat WITH_HEADER =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  @TempDir Path temp;

  /**
   * A file read back: its header, the rows parsed in contract order, and whether it ended badly.
   */
  record ReadBack(List<String> header, List<List<String>> rows, String parseError) {}

  @Test
  void sameSeedWritesIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    Path otherSeed = temp.resolve("other");
    assertThat(run("--output", first.toString())).isZero();
    assertThat(run("--output", second.toString())).isZero();
    assertThat(run("--output", otherSeed.toString(), "--seed", "99")).isZero();

    List<Path> files = files(first);
    assertThat(files).hasSize(3);
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      assertThat(Files.readAllBytes(second.resolve(file.getFileName())))
          .as("rerun of %s", file.getFileName())
          .isEqualTo(bytes);
      assertThat(Files.readAllBytes(otherSeed.resolve(file.getFileName())))
          .as("other seed, %s", file.getFileName())
          .isNotEqualTo(bytes);
      if (file.toString().endsWith(".gz")) {
        assertThat(new byte[] {bytes[4], bytes[5], bytes[6], bytes[7]})
            .as("gzip header mtime")
            .containsOnly(0);
      }
    }
  }

  @Test
  void committedSampleIsWhatTheGeneratorWritesWithNoOptions() throws IOException {
    Path committed = Path.of("sample-data");
    assertThat(run("--output", temp.toString())).isZero();
    List<Path> written = files(temp);
    assertThat(files(committed).stream().map(Path::getFileName).toList())
        .containsExactlyElementsOf(written.stream().map(Path::getFileName).toList());
    for (Path file : written) {
      assertThat(Files.readAllBytes(committed.resolve(file.getFileName())))
          .as("sample-data/%s is stale: rerun scripts/generate-sample-data", file.getFileName())
          .isEqualTo(Files.readAllBytes(file));
    }
  }

  @Test
  void rowTargetIsMetExactlyWithNoBadRowsAcrossFourPlainFiles() throws IOException {
    assertThat(run("--output", temp.toString(), "--rows", "5000", "--files", "4", "--seed", "7"))
        .isZero();

    List<Path> files = files(temp);
    assertThat(files).hasSize(4).allMatch(file -> file.toString().endsWith(".csv"));
    List<List<String>> rows = new ArrayList<>();
    for (Path file : files) {
      ReadBack readBack = read(file);
      assertThat(readBack.header()).containsExactlyElementsOf(InputSchema.CONTRACT);
      assertThat(readBack.parseError()).isNull();
      rows.addAll(readBack.rows());
    }
    assertThat(rows).hasSize(5000);
    assertThat(problems(rows)).as("problems in a run without bad rows").isEmpty();
  }

  @Test
  void goalTargetIsMetAndEachGoalEvolvesInOrder() throws IOException {
    assertThat(run("--output", temp.toString(), "--goals", "250", "--bad-rows=none")).isZero();

    Map<String, List<List<String>>> versionsByGoal = new HashMap<>();
    for (Path file : files(temp)) {
      for (List<String> row : read(file).rows()) {
        versionsByGoal.computeIfAbsent(row.get(0), goal -> new ArrayList<>()).add(row);
      }
    }
    assertThat(versionsByGoal).hasSize(250);
    int revisedGoals = 0;
    for (List<List<String>> versions : versionsByGoal.values()) {
      versions.sort(
          (a, b) -> Integer.compare(Integer.parseInt(a.get(4)), Integer.parseInt(b.get(4))));
      for (int i = 0; i < versions.size(); i++) {
        assertThat(versions.get(i).get(4)).isEqualTo(Integer.toString(i + 1));
        if (i > 0) {
          assertThat(writtenDate(versions.get(i))).isAfter(writtenDate(versions.get(i - 1)));
          assertThat(versions.get(i).get(1)).isEqualTo(versions.get(0).get(1));
          if (!normalised(versions.get(i)).equals(normalised(versions.get(i - 1)))) {
            revisedGoals++;
          }
        }
      }
    }
    assertThat(revisedGoals).as("revisions among 250 goals").isGreaterThan(60);
  }

  @Test
  void sampleHasTheContractHeaderInEveryFileWhateverItsCaseOrderBomOrCompression()
      throws IOException {
    assertThat(run("--output", temp.toString())).isZero();
    List<Path> files = files(temp);

    assertThat(files).anyMatch(file -> file.toString().endsWith(".csv.gz"));
    assertThat(files).anyMatch(SampleDataGeneratorTest::startsWithByteOrderMark);
    Set<List<String>> headers = new HashSet<>();
    for (Path file : files) {
      List<String> header = read(file).header();
      headers.add(header);
      assertThat(header.stream().map(name -> name.toLowerCase(Locale.ROOT)))
          .containsExactlyInAnyOrderElementsOf(InputSchema.CONTRACT);
    }
    assertThat(headers).as("headers differ in case and order").hasSizeGreaterThan(1);
  }

  @Test
  void sampleHoldsEachKindOfBadRowOnceAndTheUnbalancedQuoteLast() throws IOException {
    assertThat(run("--output", temp.toString())).isZero();

    List<List<String>> rows = new ArrayList<>();
    List<String> parseErrors = new ArrayList<>();
    for (Path file : files(temp)) {
      ReadBack readBack = read(file);
      rows.addAll(readBack.rows());
      if (readBack.parseError() != null) {
        parseErrors.add(file.getFileName() + ": " + readBack.parseError());
        assertThat(text(file).stripTrailing()).endsWith("\"Feel less on edge at night,13,Active");
      }
    }
    assertThat(parseErrors).as("unbalanced quote").hasSize(1);
    assertThat(problems(rows))
        .containsExactlyInAnyOrder(
            "columns: 8",
            "columns: 10",
            "missing: therapist_id",
            "version: 0",
            "version: two",
            "version: -1",
            "date: unparseable",
            "date: impossible",
            "empty goal_text",
            "same goal and version, different content",
            "exact duplicate",
            "exact duplicate");
  }

  @Test
  void aShareOfBadRowsRepeatsTheCatalogue() throws IOException {
    assertThat(run("--output", temp.toString(), "--rows", "20000", "--bad-rows=0.01")).isZero();

    List<List<String>> rows = new ArrayList<>();
    for (Path file : files(temp)) {
      rows.addAll(read(file).rows());
    }
    List<String> problems = problems(rows);
    assertThat(problems.size()).isBetween(190, 210);
    assertThat(problems).contains("version: two", "columns: 10", "exact duplicate");
  }

  @Test
  void textsAreVariedAndExerciseQuotingAndRedaction() throws IOException {
    assertThat(run("--output", temp.toString(), "--rows", "20000", "--files", "1")).isZero();

    List<String> texts = read(files(temp).get(0)).rows().stream().map(row -> row.get(6)).toList();
    Set<String> openings = new HashSet<>();
    for (String text : texts) {
      String[] words = text.trim().split("\\s+");
      openings.add(words[0] + (words.length > 1 ? " " + words[1] : ""));
    }
    assertThat(new HashSet<>(texts).size()).as("distinct texts").isGreaterThan(texts.size() / 2);
    assertThat(openings.size()).as("distinct openings").isGreaterThan(150);
    assertThat(texts)
        .anyMatch(text -> text.contains("\n"))
        .anyMatch(text -> text.contains(","))
        .anyMatch(text -> text.contains("\""))
        .anyMatch(text -> text.contains("\u2019"))
        .anyMatch(text -> text.contains("@example."))
        .anyMatch(text -> text.contains("07700 900"))
        .anyMatch(text -> text.contains("Dr Patel"))
        .anyMatch(text -> text.contains("by May"))
        .anyMatch(text -> text.contains("recognize"))
        .anyMatch(text -> text.contains("recognise"))
        .anyMatch(text -> text.startsWith("Cl. "))
        .anyMatch(text -> text.startsWith("I want to "))
        .anyMatch(text -> text.equals(text.toLowerCase(Locale.ROOT)) && text.length() > 20);
  }

  @Test
  void firstVersionsFollowTheLabelMixAndRevisionsDriftTowardRelationship() {
    GoalHistories histories = new GoalHistories(3, YearMonth.of(2025, 5), 18, 4, 4);
    Map<String, Label> firstLabels = new HashMap<>();
    Map<String, Label> latestLabels = new HashMap<>();
    GoalHistories.Sink sink =
        new GoalHistories.Sink() {
          @Override
          public boolean wantsAnotherGoal() {
            return firstLabels.size() < 20_000;
          }

          @Override
          public boolean wantsAnotherRow() {
            return true;
          }

          @Override
          public void accept(ExportRow row) {
            firstLabels.putIfAbsent(row.fields()[0], row.intendedLabel());
            latestLabels.put(row.fields()[0], row.intendedLabel());
          }
        };
    while (sink.wantsAnotherGoal()) {
      histories.nextClient(sink);
    }
    assertThat(share(firstLabels, Label.PERFORMANCE_TARGET)).isBetween(0.37, 0.43);
    assertThat(share(firstLabels, Label.RELATIONSHIP_ORIENTED)).isBetween(0.37, 0.43);
    assertThat(share(firstLabels, Label.UNCLASSIFIED)).isBetween(0.17, 0.23);
    assertThat(share(latestLabels, Label.RELATIONSHIP_ORIENTED))
        .isGreaterThan(share(firstLabels, Label.RELATIONSHIP_ORIENTED) + 0.05);
  }

  @Test
  void recordedAtMixesDatesDateTimesAndOffsetsThatCrossMidnightInUtc() throws IOException {
    assertThat(run("--output", temp.toString(), "--rows", "5000", "--files", "1")).isZero();

    int dates = 0;
    int localTimes = 0;
    int offsets = 0;
    int utcDateDiffers = 0;
    for (List<String> row : read(files(temp).get(0)).rows()) {
      String at = row.get(5);
      if (at.length() == 10) {
        dates++;
      } else if (at.length() == 19) {
        localTimes++;
      } else {
        offsets++;
        OffsetDateTime time = OffsetDateTime.parse(at);
        if (!time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().equals(time.toLocalDate())) {
          utcDateDiffers++;
        }
      }
    }
    assertThat(dates).isGreaterThan(1000);
    assertThat(localTimes).isGreaterThan(500);
    assertThat(offsets).isGreaterThan(500);
    assertThat(utcDateDiffers).isGreaterThan(10);
  }

  @Test
  void badOptionsExitWithUsageErrorCodeTwo() {
    assertThat(run("--output", temp.toString(), "--files", "0")).isEqualTo(2);
    assertThat(run("--output", temp.toString(), "--bad-rows=lots")).isEqualTo(2);
    assertThat(run("--output", temp.toString(), "--goals", "5", "--rows", "5")).isEqualTo(2);
    assertThat(run("--output", temp.toString(), "--start-month", "2026-13")).isEqualTo(2);
  }

  private static int run(String... args) {
    CommandLine command = new CommandLine(new SampleDataGenerator());
    command.setErr(new PrintWriter(new StringWriter()));
    command.setOut(new PrintWriter(new StringWriter()));
    return command.execute(args);
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> listing = Files.list(directory)) {
      return listing.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String text(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      InputStream plain = file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
      String text = new String(plain.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }

  private static boolean startsWithByteOrderMark(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(3);
      return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a file with Commons CSV and puts each row's fields in contract order by header name
   * (case-insensitively). A malformed tail stops the parse; its message is kept.
   */
  private static ReadBack read(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text(file), WITH_HEADER)) {
      List<String> header = parser.getHeaderNames();
      int[] position = new int[InputSchema.CONTRACT.size()];
      for (int i = 0; i < position.length; i++) {
        position[i] = indexIgnoringCase(header, InputSchema.CONTRACT.get(i));
      }
      Iterator<CSVRecord> records = parser.iterator();
      try {
        while (records.hasNext()) {
          CSVRecord record = records.next();
          List<String> row = new ArrayList<>();
          if (record.size() != header.size()) {
            row.add("columns: " + record.size());
          } else {
            for (int index : position) {
              row.add(record.get(index));
            }
          }
          rows.add(row);
        }
      } catch (UncheckedIOException e) {
        return new ReadBack(header, rows, e.getMessage());
      }
      return new ReadBack(header, rows, null);
    }
  }

  private static int indexIgnoringCase(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw new AssertionError("no column " + name + " in " + header);
  }

  /** What goalshift's validation must find in these rows, one entry per problem row. */
  private static List<String> problems(List<List<String>> rows) {
    List<String> problems = new ArrayList<>();
    Set<List<String>> seen = new HashSet<>();
    Map<String, String> textByVersion = new HashMap<>();
    for (List<String> row : rows) {
      if (row.size() == 1) {
        problems.add(row.get(0));
        continue;
      }
      if (!seen.add(row)) {
        problems.add("exact duplicate");
        continue;
      }
      for (int required : new int[] {0, 1, 2, 3}) {
        if (row.get(required).isEmpty()) {
          problems.add("missing: " + InputSchema.CONTRACT.get(required));
        }
      }
      if (!row.get(4).matches("[1-9][0-9]*")) {
        problems.add("version: " + row.get(4));
      }
      String at = row.get(5);
      if (!at.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        problems.add("date: unparseable");
      } else if (!parses(at)) {
        problems.add("date: impossible");
      }
      if (row.get(6).isBlank()) {
        problems.add("empty goal_text");
      }
      String previous = textByVersion.putIfAbsent(row.get(0) + "#" + row.get(4), row.get(6));
      if (previous != null && !previous.equals(row.get(6))) {
        problems.add("same goal and version, different content");
      }
    }
    return problems;
  }

  private static boolean parses(String recordedAt) {
    try {
      if (recordedAt.length() == 10) {
        LocalDate.parse(recordedAt);
      } else if (recordedAt.length() == 19) {
        LocalDateTime.parse(recordedAt);
      } else {
        OffsetDateTime.parse(recordedAt);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static LocalDate writtenDate(List<String> row) {
    return LocalDate.parse(row.get(5).substring(0, 10));
  }

  private static String normalised(List<String> row) {
    return row.get(6).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static double share(Map<String, Label> labels, Label label) {
    return labels.values().stream().filter(label::equals).count() / (double) labels.size();
  }
}
