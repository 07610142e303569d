package org.goalshift.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the redactor on redaction-corpus.csv: goal texts and clinician notes written for this
 * test, each with the text as it should read after redaction and the look-alikes (words and numbers
 * that resemble personal details) that must survive. Recall counts a personal detail as caught when
 * a span of its type covers it; precision counts a redacted span as right when it overlaps a detail
 * of its type.
 */
class RedactionCorpusTest {
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\[(EMAIL|PHONE|URL|ADDRESS|DATE|ID|NAME)\\]");

  private record Case(String text, String expected, List<String> lookalikes) {}

  private static List<Case> corpus;

  @BeforeAll
  static void readCorpus() throws IOException {
    try (Reader reader =
        new InputStreamReader(
            RedactionCorpusTest.class.getResourceAsStream("redaction-corpus.csv"),
            StandardCharsets.UTF_8)) {
      corpus = new ArrayList<>();
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        String lookalikes = row.get("lookalikes");
        corpus.add(
            new Case(
                row.get("text"),
                row.get("expected"),
                lookalikes.isEmpty() ? List.of() : Arrays.asList(lookalikes.split("\\|"))));
      }
    }
  }

  @Test
  void recallAndLookalikePreservationReachTheTarget() {
    Redactor redactor = Redactor.standard();
    Map<PiiType, int[]> caughtAndTotalByType = new TreeMap<>();
    int detailsCaught = 0;
    int details = 0;
    int spansRight = 0;
    int spans = 0;
    int lookalikesKept = 0;
    int lookalikes = 0;
    int exact = 0;
    List<String> problems = new ArrayList<>();
    for (Case example : corpus) {
      List<Span> wanted = expectedSpans(example);
      List<Span> got = new ArrayList<>(redactor.spans(example.text()).values());
      for (Span detail : wanted) {
        boolean caught = got.stream().anyMatch(span -> covers(span, detail));
        int[] tally = caughtAndTotalByType.computeIfAbsent(detail.type(), type -> new int[2]);
        tally[0] += caught ? 1 : 0;
        tally[1]++;
        detailsCaught += caught ? 1 : 0;
        details++;
        if (!caught) {
          problems.add("missed " + detail.type() + " '" + slice(example, detail) + "'");
        }
      }
      for (Span span : got) {
        boolean right =
            wanted.stream()
                .anyMatch(detail -> detail.type() == span.type() && detail.overlaps(span));
        spansRight += right ? 1 : 0;
        spans++;
        if (!right) {
          problems.add("wrongly " + span.type() + " '" + slice(example, span) + "'");
        }
      }
      String redacted = redactor.redact(example.text()).text();
      for (String lookalike : example.lookalikes()) {
        boolean kept =
            occurrences(redacted, lookalike) >= occurrences(example.expected(), lookalike);
        lookalikesKept += kept ? 1 : 0;
        lookalikes++;
        if (!kept) {
          problems.add("lost look-alike '" + lookalike + "' in: " + redacted);
        }
      }
      exact += redacted.equals(example.expected()) ? 1 : 0;
    }

    double recall = (double) detailsCaught / details;
    double precision = (double) spansRight / spans;
    double preserved = (double) lookalikesKept / lookalikes;
    System.out.printf(
        "Redaction corpus: %d cases, %d personal details, %d look-alikes%n"
            + "recall %.3f (%d/%d), precision %.3f (%d/%d), look-alikes kept %.3f (%d/%d),"
            + " texts exactly as expected %d/%d%n",
        corpus.size(),
        details,
        lookalikes,
        recall,
        detailsCaught,
        details,
        precision,
        spansRight,
        spans,
        preserved,
        lookalikesKept,
        lookalikes,
        exact,
        corpus.size());
    caughtAndTotalByType.forEach(
        (type, tally) -> System.out.printf("  %-8s recall %d/%d%n", type, tally[0], tally[1]));
    problems.forEach(problem -> System.out.println("  " + problem));

    assertThat(corpus).as("corpus size").hasSizeGreaterThanOrEqualTo(150);
    assertThat(caughtAndTotalByType)
        .as("every type is in the corpus")
        .hasSize(PiiType.values().length);
    assertThat(recall).as("recall; problems: %s", problems).isGreaterThanOrEqualTo(0.98);
    assertThat(preserved)
        .as("look-alikes kept; problems: %s", problems)
        .isGreaterThanOrEqualTo(0.98);
  }

  /**
   * Where each placeholder of the expected text stands in the original: the literal pieces between
   * placeholders are matched in order and each placeholder takes what lies between them.
   */
  private static List<Span> expectedSpans(Case example) {
    StringBuilder alignment = new StringBuilder();
    List<PiiType> types = new ArrayList<>();
    Matcher placeholder = PLACEHOLDER.matcher(example.expected());
    int literalStart = 0;
    while (placeholder.find()) {
      alignment.append(
          Pattern.quote(example.expected().substring(literalStart, placeholder.start())));
      alignment.append("(.+?)");
      types.add(PiiType.valueOf(placeholder.group(1)));
      literalStart = placeholder.end();
    }
    alignment.append(Pattern.quote(example.expected().substring(literalStart)));
    Matcher aligned = Pattern.compile(alignment.toString(), Pattern.DOTALL).matcher(example.text());
    assertThat(aligned.matches())
        .as("expected text lines up with the original: %s", example.expected())
        .isTrue();
    List<Span> spans = new ArrayList<>();
    for (int group = 1; group <= types.size(); group++) {
      spans.add(new Span(aligned.start(group), aligned.end(group), types.get(group - 1)));
    }
    return spans;
  }

  private static boolean covers(Span span, Span detail) {
    return span.type() == detail.type()
        && span.start() <= detail.start()
        && span.end() >= detail.end();
  }

  private static String slice(Case example, Span span) {
    return example.text().substring(span.start(), span.end());
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
