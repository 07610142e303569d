package org.goalshift.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate-redaction's scoring, on gold files written to disk and the standard redactor. */
class RedactionEvaluationTest {
  @TempDir Path dir;

  private Path gold(String csv) throws IOException {
    Path file = dir.resolve("gold.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void scoresThePiiFormByType() throws IOException {
    RedactionEvaluation evaluation =
        RedactionEvaluation.of(
            gold(
                "text,pii,lookalikes\n"
                    + "Call me on 07700 900123 after 5pm,PHONE:07700 900123,5pm\n"
                    + "\"Email jo@example.com, or my sister Sarah\",EMAIL:jo@example.com|NAME:Sarah,\n"
                    + "Hope to walk 3 times a week,,Hope|3 times\n"));

    assertThat(evaluation.recall().total()).isEqualTo(3);
    assertThat(evaluation.recall().hits()).isEqualTo(3);
    assertThat(evaluation.recall("PHONE").hits()).isEqualTo(1);
    assertThat(evaluation.recall("NAME").hits()).isEqualTo(1);
    assertThat(evaluation.precision().total()).isEqualTo(3);
    assertThat(evaluation.precision().hits()).isEqualTo(3);
    assertThat(evaluation.lookalikes().hits()).isEqualTo(3);
    assertThat(evaluation.format())
        .contains("overall")
        .contains("look-alikes kept: 3/3 (1.000)")
        .doesNotContain("Missed details");
  }

  @Test
  void listsAMissAndALostLookalikeWithTheOutputAndReasons() throws IOException {
    // The street detector needs a house number; a name with no cue is not caught by every
    // redactor; "12 Oak Street" is a gold detail here but "Oak" is listed as a look-alike of a
    // second, plain mention, which the address placeholder must leave alone.
    RedactionEvaluation evaluation =
        RedactionEvaluation.of(
            gold(
                "text,pii,lookalikes\n"
                    + "meet at the cafe on oak street,ADDRESS:oak street,\n"
                    + "my sister Hope visits,NAME:Hope,\n"
                    + "\"Hope to feel calmer, text 07700 900123\",PHONE:07700 900123,Hope\n"));

    assertThat(evaluation.recall("ADDRESS").total()).isEqualTo(1);
    assertThat(evaluation.recall("ADDRESS").hits()).isZero();
    assertThat(evaluation.missed())
        .singleElement()
        .asString()
        .contains("record 1: ADDRESS 'oak street'")
        .contains("output: meet at the cafe on oak street");
    assertThat(evaluation.recall("NAME").hits()).isEqualTo(1);
    assertThat(evaluation.lookalikes().hits()).isEqualTo(1);
    assertThat(RedactionEvaluation.of(gold("text,pii\nmy sister Sarah,NAME:Sarah\n")).format())
        .contains("NAME")
        .contains("1.000");
  }

  @Test
  void aPlaceholderOverKeptTextIsImpreciseAndTheLookalikeLost() throws IOException {
    // The gold file says "Sarah" is no detail, so the name placeholder over it destroys kept text.
    RedactionEvaluation evaluation =
        RedactionEvaluation.of(gold("text,pii,lookalikes\nmy sister Sarah,,Sarah\n"));

    assertThat(evaluation.precision().total()).isEqualTo(1);
    assertThat(evaluation.precision().hits()).isZero();
    assertThat(evaluation.lookalikes().hits()).isZero();
    assertThat(evaluation.lost())
        .singleElement()
        .asString()
        .contains("'Sarah'")
        .contains("output: my sister [NAME]")
        .contains("why:    'Sarah' replaced by [NAME]");
  }

  @Test
  void readsTheExpectedFormAndUntypedDetails() throws IOException {
    RedactionEvaluation expectedForm =
        RedactionEvaluation.of(
            gold(
                "text,expected,lookalikes\n"
                    + "my sister Sarah rang 07700 900123,my sister [NAME] rang [PHONE],\n"));
    assertThat(expectedForm.recall().hits()).isEqualTo(2);
    assertThat(expectedForm.recall("NAME").total()).isEqualTo(1);

    RedactionEvaluation untyped =
        RedactionEvaluation.of(gold("text,pii\nmy sister Sarah and Sarah's son,Sarah|nobody\n"));
    assertThat(untyped.recall(RedactionEvaluation.UNTYPED).total()).isEqualTo(1);
    assertThat(untyped.unlocated()).singleElement().asString().contains("'nobody'");
    assertThat(untyped.format()).contains("Details not found in their text (not scored) (1)");
  }

  @Test
  void theCorpusScoresAsItsTestHolds() {
    Path corpus = Path.of("src/test/resources/org/goalshift/privacy/redaction-corpus.csv");
    RedactionEvaluation evaluation = RedactionEvaluation.of(corpus);

    assertThat(evaluation.recall().total()).isGreaterThanOrEqualTo(197);
    assertThat(evaluation.recall().ratio()).isGreaterThanOrEqualTo(0.98);
    assertThat(evaluation.lookalikes().ratio()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void aFileWithoutTheColumnsIsRefusedWithItsHeader() throws IOException {
    Path wrong = gold("goal_text,label\nx,y\n");
    assertThatThrownBy(() -> RedactionEvaluation.of(wrong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs the columns text,expected or text,pii")
        .hasMessageContaining("[goal_text, label]");
    Path misaligned = gold("text,expected\nmy sister Sarah,my brother [NAME]\n");
    assertThatThrownBy(() -> RedactionEvaluation.of(misaligned))
        .hasMessageContaining("record 1")
        .hasMessageContaining("does not line up");
  }
}
