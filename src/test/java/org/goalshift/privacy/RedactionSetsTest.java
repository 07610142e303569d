package org.goalshift.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holds the redactor to its targets on redaction-set1.csv and redaction-set2.csv: goal texts and
 * clinician notes (British, American, Irish, South Asian, Eastern European, Hispanic, African and
 * other names; shorthand, lists, names that are words) written by people who had not seen the
 * redactor, with their details and look-alikes in the text,pii,lookalikes form. Scored as
 * evaluate-redaction scores them; the full report goes to the test's output file. Sets 1 and 2 were
 * developed on and are held to the targets; set 3 was scored once after the last rule change and is
 * held to that first run, the figure to expect on new text.
 */
class RedactionSetsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "redaction-set1.csv, 0.99, 0.99, 0.95",
    "redaction-set2.csv, 0.99, 0.99, 0.95",
    "redaction-set3.csv, 0.94, 0.95, 0.96"
  })
  void recallAndLookalikesHoldTheirFigures(
      String set, double recall, double namesRecall, double lookalikesKept) {
    RedactionEvaluation evaluation =
        RedactionEvaluation.of(Path.of("src/test/resources/org/goalshift/privacy", set));
    System.out.println("== " + set);
    System.out.println(evaluation.format());

    assertThat(evaluation.recall().total()).as("details in %s", set).isGreaterThanOrEqualTo(150);
    assertThat(evaluation.unlocated()).as("details not found in their text").isEmpty();
    assertThat(evaluation.recall().ratio()).as("recall on %s", set).isGreaterThanOrEqualTo(recall);
    assertThat(evaluation.recall(PiiType.NAME.name()).ratio())
        .as("names recall on %s", set)
        .isGreaterThanOrEqualTo(namesRecall);
    assertThat(evaluation.lookalikes().ratio())
        .as("look-alikes kept on %s", set)
        .isGreaterThanOrEqualTo(lookalikesKept);
  }
}
