package org.goalshift.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The screens may skip a detector only where it would find nothing: checked detector by detector on
 * the redaction corpus, the labelling-set goals and the awkward forms each screen must let through
 * (glued prefixes, accented and non-BMP letters, cues run into numbers).
 */
class TextCluesTest {
  /** Forms that a screen reading words, digits and capitals could wrongly refuse. */
  private static final List<String> AWKWARD_FORMS =
      List.of(
          "my stepmum Sue",
          "her step-dad Ray and my halfbrothers Tom and Ed",
          "my greataunt Mary",
          "my fiancé Tom",
          "his fiancée Ana",
          "our in-laws Bob and Sue",
          "my sisters-in-law Amy and Zoe",
          "my co-worker Raj",
          "her social worker Kim",
          "the health visitor Jo",
          "my key worker Dee",
          "a.k.a. Jo",
          "aka Bex",
          "SW: Kelly",
          "Mrs. O'Neill",
          "CPN Dave",
          "calls herself Jay",
          "her name's Sam",
          "known as Bex",
          "goes by Mo",
          "mum (Pauline)",
          "Jenny (sister)",
          "went with Tom, her partner, to the GP",
          "my son 𝐉ack",
          "Zoë (my daughter)",
          "my sister Ólöf",
          "Dr J. Smith",
          "MRN12345678",
          "Hosp no.K123456",
          "patientnumber 4455123",
          "Case#44551",
          "D.O.B. 3 March",
          "GIR0AA",
          "DOB:12/03",
          "DOB 3 March",
          "bornMarch 3",
          "born on 4th July",
          "3rd of March, 1985",
          "March 3rd, '85",
          "12/03/1985",
          "1985-03-12",
          "email jo at gmail dot com",
          "jo [at] example.com",
          "jo(at)example.com",
          "j@x.io",
          "see mind.org.uk/help",
          "HTTPS://X.COM/a",
          "www.example.org",
          "GIR 0AA",
          "SW1A 1AA",
          "lives on Elm Road",
          "LIVING AT Oak Street",
          "221B Baker St",
          "flat 3, 45 High Rd",
          "IL 62704",
          "555-0147",
          "+44 (0)20 7946 0958",
          "AB123456C",
          "123-45-6789",
          "943 476 5919");

  private final Redactor redactor = Redactor.standard();

  @Test
  void noScreenRefusesATextItsDetectorMatches() throws IOException {
    List<String> texts = new ArrayList<>(AWKWARD_FORMS);
    texts.addAll(column("redaction-corpus.csv", "text"));
    texts.addAll(column("goal-texts-dev.csv", "goal_text"));
    texts.addAll(column("redaction-set1.csv", "text"));
    texts.addAll(column("redaction-set2.csv", "text"));
    List<String> refused = new ArrayList<>();
    int matches = 0;
    for (String text : texts) {
      TextClues clues = TextClues.of(text);
      for (Detector detector : redactor.detectorsByPriority()) {
        List<Span> found = new ArrayList<>();
        detector.find(text, found);
        matches += found.isEmpty() ? 0 : 1;
        if (!found.isEmpty() && !detector.mayMatch(clues)) {
          refused.add(found + " in: " + text);
        }
      }
    }

    assertThat(matches).as("detector matches checked").isGreaterThan(250);
    assertThat(refused).as("matches a screen would have skipped").isEmpty();
  }

  /** The name evidence's shortcut for texts with only ordinary capitals must lose no name. */
  @Test
  void theNameShortcutAgreesWithWeighingEveryText() throws IOException {
    List<String> texts = new ArrayList<>(AWKWARD_FORMS);
    for (String resource :
        List.of("redaction-corpus.csv", "redaction-set1.csv", "redaction-set2.csv")) {
      texts.addAll(column(resource, "text"));
    }
    texts.addAll(column("goal-texts-dev.csv", "goal_text"));
    texts.addAll(
        List.of(
            "Dawn's goal",
            "Van de Berg rang",
            "Mac an tSaoi visits",
            "(kev) came round",
            "OCD.",
            "May Doherty died",
            "June",
            "Will I cope?",
            "I've tried",
            "SARAH WANTS"));
    int weighed = 0;
    for (String text : texts) {
      List<Span> shortcut = new ArrayList<>();
      NameEvidence.DETECTOR.find(text, TextClues.of(text), shortcut);
      List<Span> full = new ArrayList<>();
      NameEvidence.DETECTOR.findByWeighing(text, full);
      weighed += full.isEmpty() ? 0 : 1;
      assertThat(shortcut).as("names in: %s", text).isEqualTo(full);
    }
    assertThat(weighed).as("texts with a name").isGreaterThan(300);
  }

  @Test
  void awkwardFormsAreStillRedacted() {
    Stream.of("my stepmum Sue", "my fiancé Tom", "a.k.a. Jo", "my son 𝐉ack", "MRN12345678")
        .forEach(
            text ->
                assertThat(redactor.redact(text).counts())
                    .as("redactions in: %s", text)
                    .isNotEmpty());
  }

  /**
   * Without a digit, an "@" or a web word, only the name evidence scans a goal that has a capital
   * letter, and it finds nothing in these.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Learn to feel calmer at work and sleep better",
        "Spend more time with my kids and be present with them",
        "Phone mum every week without fail",
        "Run a long race by the summer",
        "Cl. wants to manage anxiety, e.g. on the bus",
      })
  void runsOnlyTheNameEvidenceOnTypicalGoalText(String goal) {
    TextClues clues = TextClues.of(goal);

    assertThat(redactor.detectorsByPriority())
        .as("detectors that would scan: %s", goal)
        .filteredOn(detector -> detector.mayMatch(clues))
        .containsExactly(NameEvidence.DETECTOR);
    assertThat(redactor.redact(goal).counts()).as("redactions in: %s", goal).isEmpty();
  }

  /** In lower case and with no cue word, nothing scans at all. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "learn to feel calmer at work and sleep better",
        "sleep eight hours a night",
        "less arguing, more listening",
      })
  void runsNoDetectorOnLowerCaseGoalsWithoutCues(String goal) {
    TextClues clues = TextClues.of(goal);

    assertThat(redactor.detectorsByPriority())
        .as("detectors that would scan: %s", goal)
        .noneMatch(detector -> detector.mayMatch(clues));
  }

  private static List<String> column(String resource, String header) throws IOException {
    try (Reader reader =
        new InputStreamReader(
            TextCluesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
      List<String> values = new ArrayList<>();
      for (CSVRecord row :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        values.add(row.get(header));
      }
      return values;
    }
  }
}
