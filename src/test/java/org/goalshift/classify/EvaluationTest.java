package org.goalshift.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationTest {
  private static final GoalClassifier BUILT_IN = new GoalClassifier(Lexicon.builtIn());

  private static Path devCsv() throws URISyntaxException {
    return Path.of(EvaluationTest.class.getResource("dev.csv").toURI());
  }

  @Test
  void builtInLexiconBeatsTheFloorsOnTheWholeDevSet() throws URISyntaxException {
    Evaluation evaluation = new Evaluation(Evaluation.readGold(devCsv()), BUILT_IN);

    assertThat(evaluation.total()).isEqualTo(300);
    assertThat(evaluation.framing().orElseThrow().macroF1())
        .as(evaluation.format())
        .isGreaterThanOrEqualTo(0.99);
    assertThat(evaluation.framing().orElseThrow().kappa())
        .as(evaluation.format())
        .isGreaterThanOrEqualTo(0.99);
  }

  /**
   * d201-d300 were checked, not tuned on, while the first rules were written (docs/classifier.md).
   */
  @Test
  void builtInLexiconBeatsTheFloorsOnTheLastHundred() throws URISyntaxException {
    List<Evaluation.GoldGoal> gold = Evaluation.readGold(devCsv());
    Evaluation heldOut = new Evaluation(gold.subList(200, 300), BUILT_IN);

    assertThat(heldOut.framing().orElseThrow().macroF1())
        .as(heldOut.format())
        .isGreaterThanOrEqualTo(0.99);
    assertThat(heldOut.framing().orElseThrow().kappa())
        .as(heldOut.format())
        .isGreaterThanOrEqualTo(0.99);
  }

  /**
   * Goals written blind to the rules (docs/classifier.md, Accuracy). Floors are the figures reached
   * after the rule changes, rounded down, so they guard against regressions and are not estimates
   * for unseen goals: every one of these sets was tuned on after its first run (blind3 0.923
   * accuracy, blind4 0.873, blind5 0.912, blind6 0.927, the direction sets' framing labels 0.825
   * and 0.772, framing-final 0.927, blind8 0.943, blind9 0.920). Of blind9 only the even-numbered
   * goals were read and learned from; its odd-numbered half, held out, reached 0.956 accuracy.
   * framing-final2 was never read: its floors are its one run, after the last rule change.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "blind3.csv, 169, 0.99, 0.99, 0.99",
    "blind4.csv, 79, 0.98, 0.99, 0.98",
    "blind5.csv, 294, 0.99, 0.99, 0.99",
    "blind6.csv, 247, 0.99, 0.99, 0.99",
    "blind8.csv, 296, 0.99, 0.99, 0.99",
    "direction-final.csv, 285, 0.99, 0.99, 0.99",
    "direction-blind1.csv, 294, 0.96, 0.96, 0.94",
    "framing-final.csv, 287, 0.99, 0.99, 0.99",
    "blind9.csv, 362, 0.96, 0.96, 0.95",
    "framing-final2.csv, 360, 0.96, 0.97, 0.94"
  })
  void builtInLexiconHoldsItsFiguresOnTheBlindSets(
      String file, int goals, double accuracy, double macroF1, double kappa)
      throws URISyntaxException {
    Path csv = Path.of(EvaluationTest.class.getResource(file).toURI());
    Evaluation evaluation = new Evaluation(Evaluation.readGold(csv), BUILT_IN);

    assertThat(evaluation.total()).isEqualTo(goals);
    assertThat(evaluation.framing().orElseThrow().accuracy())
        .as(evaluation.format())
        .isGreaterThanOrEqualTo(accuracy);
    assertThat(evaluation.framing().orElseThrow().macroF1())
        .as(evaluation.format())
        .isGreaterThanOrEqualTo(macroF1);
    assertThat(evaluation.framing().orElseThrow().kappa())
        .as(evaluation.format())
        .isGreaterThanOrEqualTo(kappa);
  }

  /**
   * The rules were written after reading direction-dev.csv, and changed after direction-blind1's
   * one blind run (macro-F1 0.849, kappa 0.818; docs/classifier.md), so these floors (the figures
   * reached, rounded down) guard against regressions; they are not estimates for unseen goals.
   * direction-final, blind8, blind9 and framing-final2 hold their first runs: the direction rules
   * have not changed since.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "direction-dev.csv, 295, 0.97, 0.97",
    "direction-blind1.csv, 294, 0.99, 0.98",
    "direction-final.csv, 285, 0.87, 0.84",
    "blind8.csv, 296, 0.80, 0.76",
    "blind9.csv, 362, 0.80, 0.77",
    "framing-final2.csv, 360, 0.81, 0.78"
  })
  void builtInLexiconHoldsItsDirectionFigures(String file, int goals, double macroF1, double kappa)
      throws URISyntaxException {
    Path csv = Path.of(EvaluationTest.class.getResource(file).toURI());
    Evaluation evaluation = new Evaluation(Evaluation.readGold(csv), BUILT_IN);
    Agreement<Direction> direction = evaluation.direction().orElseThrow();

    assertThat(direction.total()).isEqualTo(goals);
    assertThat(direction.macroF1()).as(direction.format()).isGreaterThanOrEqualTo(macroF1);
    assertThat(direction.kappa()).as(direction.format()).isGreaterThanOrEqualTo(kappa);
  }

  @Test
  void aDirectionOnlyGoldFileHasNoFramingFigures() throws URISyntaxException {
    Path csv = Path.of(EvaluationTest.class.getResource("direction-dev.csv").toURI());

    assertThat(new Evaluation(Evaluation.readGold(csv), BUILT_IN).framing()).isEmpty();
  }

  @Test
  void aGoldFileWithBothColumnsIsScoredOnBoth(@TempDir Path dir) throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("both.csv"),
            "goal_text,label,direction\n"
                + "Never get angry again,performance_target,avoidance\n"
                + "Learn to notice my anger sooner,relationship_oriented,approach\n"
                + "Not sure yet,unclassified,mixed\n");

    Evaluation evaluation = new Evaluation(Evaluation.readGold(csv), BUILT_IN);
    Agreement<Direction> direction = evaluation.direction().orElseThrow();

    assertThat(evaluation.framing().orElseThrow().accuracy()).isEqualTo(1.0);
    assertThat(direction.accuracy()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(direction.scores(Direction.MIXED).support()).isEqualTo(1);
    assertThat(direction.scores(Direction.MIXED).recall()).isZero();
    assertThat(direction.misses())
        .singleElement()
        .satisfies(
            miss -> {
              assertThat(miss.gold().line()).isEqualTo(4);
              assertThat(miss.predicted()).isEqualTo(Direction.NONE);
            });
    assertThat(evaluation.format())
        .contains(
            "Framing: 3 goals",
            "Direction: 3 goals",
            "macro-F1 (approach, avoidance, mixed, none)",
            "- line 4: \"Not sure yet\"",
            "gold mixed, predicted none",
            "cues: 'not sure' -> undecided");
  }

  @Test
  void directionMacroF1AveragesAllFourAndKappaMatchesAHandWorkedExample() {
    GoalClassifier small =
        new GoalClassifier(
            Lexicon.parse(
                "[performance]\nstop | 2 | stop it\n"
                    + "[approach]\nmore | 2 | more of it\n"
                    + "[avoidance]\nless | 2 | less of it\n",
                "small"));
    List<Evaluation.GoldGoal> gold =
        List.of(
            new Evaluation.GoldGoal("more", null, Direction.APPROACH, 2),
            new Evaluation.GoldGoal("less", null, Direction.AVOIDANCE, 3),
            new Evaluation.GoldGoal("more and less", null, Direction.MIXED, 4),
            new Evaluation.GoldGoal("talk", null, Direction.NONE, 5),
            new Evaluation.GoldGoal("less", null, Direction.MIXED, 6));

    Agreement<Direction> direction = new Evaluation(gold, small).direction().orElseThrow();

    // "less" as mixed is the one miss: mixed recall 1/2, avoidance precision 1/2.
    assertThat(direction.scores(Direction.MIXED).f1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(direction.scores(Direction.AVOIDANCE).f1()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(direction.macroF1()).isCloseTo((1 + 2 / 3.0 + 2 / 3.0 + 1) / 4, within(1e-9));
    // Observed 4/5; chance = (1*1 + 1*2 + 2*1 + 1*1) / 25 = 6/25; kappa = (20 - 6) / (25 - 6).
    assertThat(direction.kappa()).isCloseTo(14 / 19.0, within(1e-9));
  }

  @Test
  void figuresMatchAHandWorkedExample() {
    GoalClassifier small =
        new GoalClassifier(
            Lexicon.parse(
                "[performance]\nstop | 2 | stop it\n[relationship]\ncope | 2 | cope with it\n",
                "small"));
    List<Evaluation.GoldGoal> gold =
        List.of(
            new Evaluation.GoldGoal("stop it", Label.PERFORMANCE_TARGET, 2),
            new Evaluation.GoldGoal("stop now", Label.PERFORMANCE_TARGET, 3),
            new Evaluation.GoldGoal("cope", Label.RELATIONSHIP_ORIENTED, 4),
            new Evaluation.GoldGoal("stop and cope better", Label.RELATIONSHIP_ORIENTED, 5),
            new Evaluation.GoldGoal("talk", Label.UNCLASSIFIED, 6),
            new Evaluation.GoldGoal("stop", Label.UNCLASSIFIED, 7));

    Evaluation evaluation = new Evaluation(gold, small);

    // "stop and cope better" ties and the last cue (cope) wins; "stop" alone is a miss.
    assertThat(evaluation.framing().orElseThrow().confusion())
        .isEqualTo(new long[][] {{2, 0, 0}, {0, 2, 0}, {1, 0, 1}});
    assertThat(evaluation.framing().orElseThrow().scores(Label.PERFORMANCE_TARGET).precision())
        .isCloseTo(2 / 3.0, within(1e-9));
    Agreement.ClassScores performance =
        evaluation.framing().orElseThrow().scores(Label.PERFORMANCE_TARGET);
    assertThat(performance.recall()).isEqualTo(1.0);
    assertThat(performance.f1()).isCloseTo(0.8, within(1e-9));
    assertThat(evaluation.framing().orElseThrow().macroF1()).isCloseTo(0.9, within(1e-9));
    // Observed 5/6; chance = (2*3 + 2*2 + 2*1) / 36 = 1/3; kappa = (5/6 - 1/3) / (2/3) = 0.75.
    assertThat(evaluation.framing().orElseThrow().kappa()).isCloseTo(0.75, within(1e-9));
    assertThat(evaluation.framing().orElseThrow().misses())
        .singleElement()
        .satisfies(miss -> assertThat(miss.gold().line()).isEqualTo(7));
    assertThat(evaluation.format())
        .contains(
            "macro-F1 (PT, RO): 0.900",
            "Cohen's kappa: 0.750",
            "- line 7: \"stop\"",
            "gold unclassified, predicted performance_target",
            "cues: 'stop' -> stop it");
  }

  @Test
  void goldFileMayHaveExtraColumnsAndMultiLineGoals(@TempDir Path dir) throws IOException {
    Path csv =
        Files.writeString(
            dir.resolve("gold.csv"),
            "id,label,goal_text,coder\n"
                + "a1,performance_target,Never cry again,ann\n"
                + "a2,relationship_oriented,\"Goal 1: notice my anger\n"
                + "Goal 2: respond calmly\",bob\n"
                + "a3,unclassified,Not sure,ann\n");

    List<Evaluation.GoldGoal> gold = Evaluation.readGold(csv);

    assertThat(gold)
        .containsExactly(
            new Evaluation.GoldGoal("Never cry again", Label.PERFORMANCE_TARGET, 2),
            new Evaluation.GoldGoal(
                "Goal 1: notice my anger\nGoal 2: respond calmly", Label.RELATIONSHIP_ORIENTED, 3),
            new Evaluation.GoldGoal("Not sure", Label.UNCLASSIFIED, 5));
  }

  @Test
  void goldFileErrorsNameTheProblem(@TempDir Path dir) throws IOException {
    Path noLabel = Files.writeString(dir.resolve("nolabel.csv"), "goal_text,coder\nx,ann\n");
    Path badLabel =
        Files.writeString(
            dir.resolve("bad.csv"),
            "goal_text,label\nNever cry again,performance_target\nLearn to cope,relational\n");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "goal_text,label\n");

    assertThatThrownBy(() -> Evaluation.readGold(noLabel))
        .hasMessage(
            "Gold file "
                + noLabel
                + " has no 'label' or 'direction' column; its header is [goal_text, coder]");
    assertThatThrownBy(() -> Evaluation.readGold(badLabel))
        .hasMessageStartingWith("Gold file " + badLabel + " line 3: Unknown label 'relational'");
    assertThatThrownBy(() -> Evaluation.readGold(empty))
        .hasMessage("Gold file " + empty + " has a header but no goals");
    assertThatThrownBy(() -> Evaluation.readGold(dir.resolve("missing.csv")))
        .hasMessage("Gold file " + dir.resolve("missing.csv") + " does not exist");
  }
}
