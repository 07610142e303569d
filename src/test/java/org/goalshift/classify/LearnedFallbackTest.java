package org.goalshift.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.goalshift.schema.Label;
import org.junit.jupiter.api.Test;

class LearnedFallbackTest {
  /**
   * Rules that decide nothing below, and a few labelled examples of each framing: too few for the
   * built-in lexicon's certainty of 0.95, so a lower one.
   */
  private static final String LEXICON =
      "[settings]\n"
          + "learned-min-probability = 0.7\n"
          + "[performance]\n"
          + "get rid of | 3 | get rid of the experience\n"
          + "[unclassified]\n"
          + "next session | 2 | administrative (for a later session)\n"
          + "[examples performance]\n"
          + "run a marathon by june\n"
          + "run 5k by june\n"
          + "lose 5 kilos by june\n"
          + "[examples relationship]\n"
          + "eat dinner with my family\n"
          + "eat lunch with my family at the table\n"
          + "make time for my family\n"
          + "[examples unclassified]\n"
          + "not sure yet\n";

  private static final GoalClassifier CLASSIFIER =
      new GoalClassifier(Lexicon.parse(LEXICON, "small"));

  @Test
  void aGoalNoRuleDecidesIsLabelledByTheWordsOfItsLikeliestExamples() {
    Classification result = CLASSIFIER.classify("eat breakfast with my family");

    assertThat(result.label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(result.cues())
        .singleElement()
        .satisfies(
            cue -> {
              assertThat(cue.phrase()).isEqualTo("my family, eat, with my");
              assertThat(cue.meaning())
                  .matches(
                      "worded like the relationship-oriented examples \\(learned, 0\\.\\d\\d"
                          + " likely; no rule decided\\)");
              assertThat(cue.framing()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
            });
    assertThat(result.confidence())
        .as("no surer than a decision on the least evidence the rules accept")
        .isLessThanOrEqualTo(Confidence.decided(1, 1.0));
  }

  @Test
  void theRulesDecideFirst() {
    Classification result = CLASSIFIER.classify("get rid of dinner with my family");

    assertThat(result.label()).isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(result.cuesText()).isEqualTo("'get rid of' -> get rid of the experience");
  }

  @Test
  void anAdministrativeCueKeepsTheGoalUnclassified() {
    Classification result = CLASSIFIER.classify("eat dinner with my family next session");

    assertThat(result.label()).isEqualTo(Label.UNCLASSIFIED);
    assertThat(result.cuesText()).doesNotContain("learned");
  }

  @Test
  void anUnsureModelOrUnknownWordsLeaveTheGoalUnclassified() {
    assertThat(CLASSIFIER.classify("my family by june").label())
        .as("words of both framings")
        .isEqualTo(Label.UNCLASSIFIED);
    assertThat(CLASSIFIER.classify("something else entirely").cues()).isEmpty();
  }

  @Test
  void wordsSeenFewerThanTheMinimumCountAreIgnored() {
    GoalClassifier lenient =
        new GoalClassifier(
            Lexicon.parse(LEXICON + "[settings]\nlearned-min-count = 1\n", "lenient"));

    assertThat(lenient.classify("make time").label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(CLASSIFIER.classify("make time").label())
        .as("'make', 'time' and 'make time' occur once in the examples, fewer than twice")
        .isEqualTo(Label.UNCLASSIFIED);
  }

  @Test
  void numbersAreReadAsOneWord() {
    assertThat(CLASSIFIER.classify("swim 10k by june").label()).isEqualTo(Label.PERFORMANCE_TARGET);
  }

  @Test
  void aLexiconWithoutExamplesClassifiesByTheRulesAlone() {
    String rulesOnly = LEXICON.substring(0, LEXICON.indexOf("[examples"));
    GoalClassifier classifier = new GoalClassifier(Lexicon.parse(rulesOnly, "rules only"));

    assertThat(classifier.classify("eat breakfast with my family").label())
        .isEqualTo(Label.UNCLASSIFIED);
  }
}
