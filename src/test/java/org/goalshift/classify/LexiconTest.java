package org.goalshift.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {
  private static final String SMALL =
      "# a researcher's lexicon\n"
          + "[aliases]\n"
          + "w/out = without\n"
          + "[performance]\n"
          + "get rid of | 3 | get rid of the experience\n"
          + "[relationship]\n"
          + "cope|coping | 2 | coping with it\n";

  @Test
  void builtInLexiconParsesAndHasEveryFamily() {
    Lexicon lexicon = Lexicon.builtIn();

    assertThat(lexicon.ruleCount()).isGreaterThan(100);
    assertThat(lexicon.rules())
        .extracting(Rule::kind)
        .contains(
            Rule.Kind.CUE,
            Rule.Kind.REJECT,
            Rule.Kind.NEGATE,
            Rule.Kind.CONTRAST,
            Rule.Kind.CONCESSION,
            Rule.Kind.RESUME,
            Rule.Kind.NEUTRAL,
            Rule.Kind.FACING,
            Rule.Kind.TOPIC);
    assertThat(lexicon.rules())
        .extracting(Rule::framing)
        .contains(Label.PERFORMANCE_TARGET, Label.RELATIONSHIP_ORIENTED, Label.UNCLASSIFIED);
    assertThat(lexicon.directionRules())
        .extracting(Rule::kind)
        .contains(
            Rule.Kind.CUE,
            Rule.Kind.TURN,
            Rule.Kind.PROBLEM,
            Rule.Kind.ESCAPE,
            Rule.Kind.REJECT,
            Rule.Kind.CONTRAST,
            Rule.Kind.CONCESSION,
            Rule.Kind.RESUME,
            Rule.Kind.PURPOSE);
    assertThat(lexicon.directionRules())
        .extracting(Rule::direction)
        .contains(Direction.APPROACH, Direction.AVOIDANCE, Direction.NONE);
    assertThat(lexicon.rules()).extracting(Rule::direction).containsOnlyNulls();
    assertThat(lexicon.directionRules()).extracting(Rule::framing).containsOnlyNulls();
    assertThat(lexicon.rules()).extracting(Rule::kind).contains(Rule.Kind.CONTENT);
    assertThat(lexicon.structureRules())
        .extracting(Rule::kind)
        .containsOnly(Rule.Kind.SETTING, Rule.Kind.DIFFICULTY, Rule.Kind.INQUIRY)
        .contains(Rule.Kind.SETTING, Rule.Kind.DIFFICULTY, Rule.Kind.INQUIRY);
    assertThat(lexicon.framingOnly().structureRules()).isEqualTo(lexicon.structureRules());
  }

  /**
   * The built-in examples are the labelled sets' goals, each with its set's label: an example that
   * no set holds, or that a set labels otherwise, would teach the learned fallback something no one
   * checked.
   */
  @Test
  void builtInExamplesAreTheLabelledSetsGoalsWithTheirLabels() throws URISyntaxException {
    Map<String, Label> labelled = new HashMap<>();
    for (String set :
        List.of(
            "dev.csv",
            "own-goals.csv",
            "blind3.csv",
            "blind4.csv",
            "blind5.csv",
            "blind6.csv",
            "blind8.csv",
            "blind9.csv",
            "framing-final.csv",
            "direction-blind1.csv",
            "direction-final.csv")) {
      Path csv = Path.of(LexiconTest.class.getResource(set).toURI());
      Evaluation.readGold(csv).forEach(goal -> labelled.put(key(goal.goalText()), goal.label()));
    }
    Map<Label, List<String>> examples = Lexicon.builtIn().examples();

    assertThat(examples).containsOnlyKeys(Label.values());
    examples.forEach(
        (label, texts) ->
            assertThat(texts)
                .allSatisfy(text -> assertThat(labelled.get(key(text))).as(text).isEqualTo(label)));
  }

  private static String key(String goalText) {
    return String.join(" ", goalText.strip().split("\\s+")).toLowerCase(Locale.ROOT);
  }

  @Test
  void fingerprintFollowsContentNotOrigin(@TempDir Path dir) throws IOException {
    Path copy = Files.writeString(dir.resolve("copy.txt"), SMALL);

    assertThat(Lexicon.load(copy).fingerprint())
        .isEqualTo(Lexicon.parse(SMALL, "elsewhere").fingerprint())
        .isNotEqualTo(Lexicon.parse(SMALL + "quit | 2 | quit it\n", "x").fingerprint())
        .hasSize(64);
  }

  @Test
  void sourceReparsesToTheSameRules() {
    Lexicon lexicon = Lexicon.builtIn();

    assertThat(Lexicon.parse(lexicon.source(), "copy").rules()).isEqualTo(lexicon.rules());
  }

  @Test
  void aResearchersLexiconDrivesTheClassifier() {
    GoalClassifier classifier = new GoalClassifier(Lexicon.parse(SMALL, "mine"));

    assertThat(classifier.classify("get rid of it w/out fuss").label())
        .isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(classifier.classify("coping better").cuesText())
        .isEqualTo("'coping' -> coping with it");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      textBlock =
          """
          rule before a section; stop | 2 | x;                                    1; comes before any [section]
          unknown section;       [feelings];                                      1; unknown section [feelings]
          unknown flag;          [performance sometimes];                         1; unknown flag 'sometimes'
          header not closed;     [performance;                                    1; must end with ']'
          two fields only;       [performance]\\nstop feeling | 3;                2; three fields
          weight not a number;   [performance]\\nstop feeling | lots | stop it;   2; weight must be a number, got 'lots'
          negative weight;       [performance]\\nstop feeling | -1 | stop it;     2; weight must be positive
          no meaning;            [relationship]\\ncope | 2 |  ;                   2; has no meaning
          duplicate phrase;      [relationship]\\ncope | 2 | a\\n\\ncope | 1 | b; 4; appears twice
          gap at the start;      [performance]\\n... again | 2 | x;               2; '...' must stand between two words
          bad wildcard;          [performance]\\nst*op | 2 | x;                   2; '*' goes at the end of a word
          empty alternative;     [performance]\\nstop||quit | 2 | x;              2; empty alternative
          unknown setting;       [settings]\\nspeed = 3;                          2; unknown setting 'speed'
          setting not a number;  [settings]\\nmax-gap = four;                     2; must be a number, got 'four'
          alias without target;  [aliases]\\nw/out =;                             2; an alias must look like
          content without weight; [content]\\nlearn ... that;                  2; three fields
          examples of no label;  [examples maybe];                              1; names no label
          """)
  void malformedLexiconNamesTheLine(String problem, String text, int line, String message) {
    String lexicon = text.replace("\\n", "\n") + "\n[performance]\nquit smoking | 2 | quit\n";

    assertThatThrownBy(() -> Lexicon.parse(lexicon, "test.txt"))
        .as(problem)
        .isInstanceOf(LexiconException.class)
        .hasMessageStartingWith("Lexicon test.txt line " + line + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void loadNamesTheFileInErrors(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("edited.txt"), SMALL + "[relationship]\nnotice |  | x\n");

    assertThatThrownBy(() -> Lexicon.load(file))
        .isInstanceOf(LexiconException.class)
        .hasMessage("Lexicon " + file + " line 9: weight must be a number, got ''");
    assertThatThrownBy(() -> Lexicon.load(dir.resolve("missing.txt")))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("Cannot read lexicon file " + dir.resolve("missing.txt"));
  }

  /** The example in docs/classifier.md is what researchers copy, so it must stay valid. */
  @Test
  void documentedExampleParsesAndClassifies() throws IOException {
    String doc = Files.readString(Path.of("docs/classifier.md"));
    int start = doc.indexOf("```", doc.indexOf("Example:")) + "```".length();
    String example = doc.substring(start, doc.indexOf("```", start));

    GoalClassifier classifier = new GoalClassifier(Lexicon.parse(example, "docs example"));

    assertThat(classifier.classify("I want to understand it rather than get rid of it").label())
        .isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(classifier.classify("Sleep 8 hours every night").cuesText())
        .isEqualTo("'8 hours' -> a number to hit; 'every night' -> absolute frequency");
  }

  @Test
  void lexiconWithoutCuesIsRefused() {
    assertThatThrownBy(() -> Lexicon.parse("[aliases]\nbc = because\n", "empty.txt"))
        .isInstanceOf(LexiconException.class)
        .hasMessageContaining("empty.txt has no cues");
  }
}
