package org.goalshift.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoalClassifierTest {
  private static final GoalClassifier CLASSIFIER = new GoalClassifier(Lexicon.builtIn());

  /**
   * Goals written for these tests, not taken from dev.csv, one or more per rule family:
   * elimination, absolute words, measurable end states, negation, contrast, relationship cues,
   * third-person notes, messy spelling and no framing. The "blind" and "blind2" rows were each
   * classified once before any rule was changed for them (23 and 27 of 30 right; see
   * docs/classifier.md).
   */
  @ParameterizedTest(name = "[{0}] {1} -> {2}")
  @CsvFileSource(resources = "own-goals.csv", numLinesToSkip = 1)
  void labelsOwnGoalsOfEveryFamily(String family, String goalText, String expected) {
    Classification result = CLASSIFIER.classify(goalText);

    assertThat(result.label().code())
        .as("%s: %s, cues: %s", family, goalText, result.cuesText())
        .isEqualTo(expected);
    if (result.label() != Label.UNCLASSIFIED) {
      assertThat(result.cues()).extracting(Cue::framing).contains(result.label());
    }
  }

  /**
   * The examples and rules of DIRECTION-GUIDE.md, one or more per rule: double negatives, coping,
   * "without", less and more, negated approach, "instead of" a problem or an escape.
   */
  @ParameterizedTest(name = "[{0}] {1} -> {2}")
  @CsvFileSource(resources = "direction-own-goals.csv", numLinesToSkip = 1)
  void readsTheDirectionOfEveryRuleOfTheGuide(String rule, String goalText, String expected) {
    Classification result = CLASSIFIER.classify(goalText);

    assertThat(result.direction().code())
        .as("%s: %s, cues: %s", rule, goalText, result.directionCuesText())
        .isEqualTo(expected);
  }

  @Test
  void directionIsReadIndependentlyOfTheFraming() {
    Classification target = CLASSIFIER.classify("Be happy every day");
    Classification relating = CLASSIFIER.classify("Let the worry bother me less");

    assertThat(target.label()).isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(target.direction()).isEqualTo(Direction.APPROACH);
    assertThat(relating.direction()).isEqualTo(Direction.AVOIDANCE);
  }

  @Test
  void aDoubleNegativeSaysWhyItCountsAsApproach() {
    Classification result = CLASSIFIER.classify("Stop avoiding parties");

    assertThat(result.direction()).isEqualTo(Direction.APPROACH);
    assertThat(result.directionCuesText())
        .contains(
            "'stop' -> stopping something (turns 'avoiding' round)",
            "'avoiding' -> avoiding it (turned round by 'stop': a double negative, counts as"
                + " approach)");
    assertThat(result.directionCues())
        .filteredOn(cue -> cue.phrase().equals("stop"))
        .singleElement()
        .satisfies(cue -> assertThat(cue.weight()).isZero());
  }

  @Test
  void theTurnedDownOptionCountsNothingUnlessItIsAProblemOfItsOwn() {
    Classification rejected = CLASSIFIER.classify("Rather than being cured, learn to manage it");
    Classification problem = CLASSIFIER.classify("Use my skills instead of self-harming");

    assertThat(rejected.direction()).isEqualTo(Direction.APPROACH);
    assertThat(rejected.directionCuesText())
        .contains("(the option turned down after 'rather than': counts nothing)");
    assertThat(problem.direction()).isEqualTo(Direction.MIXED);
    assertThat(problem.directionCuesText()).contains("(to stop, after 'instead of')");
  }

  @Test
  void directionConfidenceRisesWithAgreeingEvidence() {
    double one = CLASSIFIER.classify("Drink less").directionConfidence();
    double two = CLASSIFIER.classify("Drink less and no more binges").directionConfidence();

    assertThat(one).isBetween(0.0, 1.0);
    assertThat(two).isGreaterThan(one);
    assertThat(CLASSIFIER.classify("Not sure yet").direction()).isEqualTo(Direction.NONE);
  }

  @Test
  void aDifficultyThatSetsTheSceneForAnActionMakesItASkill() {
    Classification skill =
        CLASSIFIER.classify("When the panic comes on the train I want to keep breathing");

    assertThat(skill.label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(skill.cuesText())
        .isEqualTo(
            "'when ... panic' -> a wanted action while the difficulty is there (its setting, not"
                + " its target)");
  }

  @Test
  void aTargetWordInsideTheSettingDescribesTheDifficultyNotTheGoal() {
    Classification described =
        CLASSIFIER.classify("go to the wedding and stay, even if I'm anxious the whole time");
    Classification absent = CLASSIFIER.classify("I'll be happy when I'm not nervous at all");

    assertThat(described.label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertCountsNothing(
        described,
        "whole",
        "(describes the difficulty after 'even if', not the goal: counts nothing)");
    assertThat(absent.label())
        .as("a negated difficulty is not a setting: its absence is the target")
        .isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(absent.cuesText()).doesNotContain("describes the difficulty");
  }

  @Test
  void theBodySoundingTheAlarmCanSetTheScene() {
    assertThat(CLASSIFIER.classify("when my chest goes tight, breathe and stay put").cuesText())
        .contains("'when ... tight' -> a wanted action while the difficulty is there");
  }

  @Test
  void anEscapeEndedForAWantedActionIsTheMeansNotTheTarget() {
    assertThat(CLASSIFIER.classify("stop withdrawing from my family").label())
        .isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(
            CLASSIFIER
                .classify("no longer avoid the bus and never have a panic attack on it")
                .label())
        .as("a target after the 'and' keeps the goal a target")
        .isEqualTo(Label.PERFORMANCE_TARGET);

    List<Cue> cues =
        CLASSIFIER
            .classify("stop withdrawing from my family and join them for Sunday lunch")
            .cues();

    assertThat(cues)
        .singleElement()
        .satisfies(
            cue -> {
              assertThat(cue.framing()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
              assertThat(cue.meaning())
                  .isEqualTo(
                      "stop avoiding: facing it as the target (the means to the wanted action"
                          + " after 'and': counts as relationship-oriented)");
            });
  }

  /** The difficulty is then the object of the elimination, not the setting of a skill. */
  @Test
  void anEliminationInTheMainClauseLeavesTheSettingUncounted() {
    Classification elimination = CLASSIFIER.classify("I want to stop panicking when I'm on trains");

    assertThat(elimination.label()).isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(elimination.cuesText()).doesNotContain("setting");
  }

  @Test
  void anActionInPlaceOfAnotherIsAChosenResponseUnlessTheWantedSideIsATarget() {
    Classification response = CLASSIFIER.classify("phone my sister instead of drinking");
    Classification target = CLASSIFIER.classify("Instead of coping I want the anxiety gone");

    assertThat(response.label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(response.cuesText())
        .isEqualTo("'instead of' -> a chosen response in place of an old one");
    assertThat(target.label()).isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(target.cuesText()).doesNotContain("chosen response");
  }

  @Test
  void askingWhatADifficultyIsForIsUnderstandingItAndAskingAboutAnythingElseIsExploring() {
    assertThat(CLASSIFIER.classify("Work out what brought me to therapy").label())
        .as("an inquiry into a topic is exploration")
        .isEqualTo(Label.UNCLASSIFIED);

    Classification understanding = CLASSIFIER.classify("Work out what my anger is protecting");

    assertThat(understanding.cuesText())
        .contains("'work out what ... anger' -> understanding what the experience is for or says");
    assertThat(understanding.label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          Learn that one slip doesn't mean I've failed for good; relationship_oriented; for good; \
          (part of what 'learn ... that' says, not the goal: counts nothing)
          Talk through whether to stay in the relationship or not; unclassified; or not; \
          (part of the topic after 'talk through', not the goal: counts nothing)
          """)
  void whatALessonSaysOrATalkIsAboutIsNotTheGoal(
      String goal, String label, String phrase, String why) {
    Classification result = CLASSIFIER.classify(goal);

    assertThat(result.label().code()).isEqualTo(label);
    assertCountsNothing(result, phrase, why);
  }

  @Test
  void aTopicEndsAtASecondVerbAndACapacityToTalkOpensNone() {
    assertThat(
            CLASSIFIER
                .classify("discuss my relationship with alcohol and learn to handle the cravings")
                .label())
        .isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(
            CLASSIFIER
                .classify("be able to talk about the accident without it taking over my day")
                .cuesText())
        .as("a talk the writer wants to be able to have is a capacity, not a topic")
        .contains("'without it taking over' -> changing its impact")
        .doesNotContain("counts nothing");
  }

  /** The goal's one cue with this phrase weighs nothing, and its meaning ends by saying why. */
  private static void assertCountsNothing(Classification result, String phrase, String why) {
    assertThat(result.cues())
        .filteredOn(cue -> cue.phrase().equals(phrase))
        .singleElement()
        .satisfies(
            cue -> {
              assertThat(cue.weight()).isZero();
              assertThat(cue.meaning()).endsWith(why);
            });
  }

  @Test
  void theStructureIsReadFromTheLexiconsOwnSections() {
    String cues =
        "[relationship]\nphone | 2 | phoning someone\n[performance]\nstop | 2 | stop it\n";
    GoalClassifier withoutStructure = new GoalClassifier(Lexicon.parse(cues, "small"));
    GoalClassifier withStructure =
        new GoalClassifier(
            Lexicon.parse(cues + "[setting]\nwhen\n[difficulty]\nlonely\n", "small"));
    String goal = "when lonely, go out for a walk";

    assertThat(withoutStructure.classify(goal).label()).isEqualTo(Label.UNCLASSIFIED);
    assertThat(withStructure.classify(goal).label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
  }

  @Test
  void aLexiconWithoutDirectionSectionsReadsNoDirection() {
    GoalClassifier framingOnly =
        new GoalClassifier(Lexicon.parse("[performance]\nstop | 2 | stop it\n", "small"));

    Classification result = framingOnly.classify("stop it");

    assertThat(result.label()).isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(result.direction()).isEqualTo(Direction.NONE);
    assertThat(result.directionCues()).isEmpty();
  }

  @Test
  void cuesReadAsPhraseAndMeaning() {
    Classification result = CLASSIFIER.classify("I want to stop feeling anxious all the time");

    assertThat(result.label()).isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(result.cuesText())
        .isEqualTo("'stop feeling' -> eliminate a feeling; 'all the time' -> absolute word");
  }

  @Test
  void negatedEliminationCountsForRelationshipAndSaysWhy() {
    Classification result =
        CLASSIFIER.classify("I don't want to get rid of my sadness, I want to understand it");

    assertThat(result.label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(result.cuesText())
        .contains(
            "'get rid of' -> get rid of the experience (turned round by 'dont want': counts as "
                + "relationship-oriented)",
            "'understand' -> understanding the experience");
  }

  @Test
  void negatedFeelingWithAnymoreStaysElimination() {
    assertThat(CLASSIFIER.classify("not to panic anymore").label())
        .isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(CLASSIFIER.classify("I dont want to ever feel that rage again").label())
        .isEqualTo(Label.PERFORMANCE_TARGET);
  }

  @Test
  void theWantedSideOfAContrastWinsWhicheverWayRoundItIsWritten() {
    assertThat(
            CLASSIFIER
                .classify("Rather than never feeling angry, learn to handle anger calmly")
                .label())
        .isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(
            CLASSIFIER
                .classify("Learn to handle anger calmly rather than never feeling angry")
                .label())
        .isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(
            CLASSIFIER
                .classify("Rather than learning to handle anger, never feel angry again")
                .label())
        .isEqualTo(Label.PERFORMANCE_TARGET);
  }

  @Test
  void aNegatedClauseGivesWayToTheWishAfterIt() {
    Classification wish =
        CLASSIFIER.classify(
            "I don't want to be so on edge all the time, I want to handle stress better");
    Classification alone = CLASSIFIER.classify("I don't want to be so on edge all the time");

    assertThat(wish.label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(wish.cuesText())
        .contains("'all the time' -> absolute word (conceded before 'want': counts less)");
    assertThat(alone.label()).isEqualTo(Label.PERFORMANCE_TARGET);
  }

  @Test
  void concededClauseCountsLess() {
    Classification result =
        CLASSIFIER.classify("I know I should accept it but I want to be pain free");

    assertThat(result.label()).isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(result.cues())
        .filteredOn(cue -> cue.phrase().equals("accept"))
        .singleElement()
        .satisfies(
            cue -> assertThat(cue.meaning()).endsWith("(conceded before 'but': counts less)"));
  }

  @Test
  void typographyAndSpellingVariantsDoNotChangeTheResult() {
    Classification plain =
        CLASSIFIER.classify(
            "I don't want to \"fix\" myself - I'd like to recognise " + "my behaviour");
    Classification curly =
        CLASSIFIER.classify(
            "I DON\u2019T want to \u201Cfix\u201D myself \u2014 "
                + "I\u2019d like to recognize my behavior");

    assertThat(curly).isEqualTo(plain);
    assertThat(plain.label()).isEqualTo(Label.RELATIONSHIP_ORIENTED);
  }

  @Test
  void transposedLettersInALexiconWordAreRead() {
    assertThat(CLASSIFIER.classify("Have a better realtionship with food").cuesText())
        .contains("'relationship with'");
    assertThat(CLASSIFIER.classify("Talk about what happened during the war").label())
        .as("'during' is a real word, not a typo of 'curing'")
        .isEqualTo(Label.UNCLASSIFIED);
  }

  @Test
  void aRealWordOneLetterFromALexiconWordIsReadAsWritten() {
    assertThat(CLASSIFIER.classify("stop caring what others think").cuesText())
        .as("'others' is a word, not a typo of 'bothers'")
        .doesNotContain("bothers");
    assertThat(CLASSIFIER.classify("start seeing friends again").directionCuesText())
        .as("'seeing' is a word, not a typo of 'seeking'")
        .doesNotContain("seeking");
  }

  @Test
  void aTypoInsideTheStemOfAWildcardWordIsRead() {
    assertThat(CLASSIFIER.classify("be more acepting of my body").cuesText())
        .contains("'accepting' -> accepting the experience");
    assertThat(CLASSIFIER.classify("tolreating not knowing").cuesText())
        .isEqualTo("'tolerating' -> tolerating it");
    assertThat(CLASSIFIER.classify("Discuss the notion of home").cuesText())
        .as("the stem's last letter must stay in place: 'notion' is not 'notic' + 'on'")
        .doesNotContain("notic");
  }

  @Test
  void wantingTheExperienceItselfToChangeIsAWeakEliminationCueThatNegationTurns() {
    assertThat(CLASSIFIER.classify("Pt would like the depression to lift").label())
        .isEqualTo(Label.PERFORMANCE_TARGET);
    assertThat(CLASSIFIER.classify("I want my anxiety to be understood").label())
        .isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(CLASSIFIER.classify("I don't want my anxiety to control me").cuesText())
        .contains("'my anxiety to' -> wants the experience itself to change (turned round")
        .contains("'control me' -> not letting it run their life");
  }

  @Test
  void aTopicOrAnAppointmentIsNotAFraming() {
    assertThat(CLASSIFIER.classify("Talk about my relationship with my mum").label())
        .isEqualTo(Label.UNCLASSIFIED);
    assertThat(CLASSIFIER.classify("Develop a different relationship with food").label())
        .isEqualTo(Label.RELATIONSHIP_ORIENTED);
    assertThat(CLASSIFIER.classify("Follow up in 2 weeks").label()).isEqualTo(Label.UNCLASSIFIED);
    assertThat(CLASSIFIER.classify("Check in about medication").label())
        .isEqualTo(Label.UNCLASSIFIED);
  }

  @Test
  void aNumberThatIsNotATargetCountsForNothing() {
    assertThat(CLASSIFIER.classify("know what to do with my mind at 3am").cuesText())
        .isEqualTo("'know what to do' -> knowing how to respond");
    assertThat(CLASSIFIER.classify("Complete PHQ-9 at intake").label())
        .isEqualTo(Label.UNCLASSIFIED);
    assertThat(CLASSIFIER.classify("PHQ-9 score below 10 by March").label())
        .isEqualTo(Label.PERFORMANCE_TARGET);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\n"})
  void missingTextIsUnclassifiedWithNoCues(String text) {
    assertThat(CLASSIFIER.classify(text))
        .isEqualTo(
            new Classification(Label.UNCLASSIFIED, List.of(), 1.0, Direction.NONE, List.of(), 1.0));
  }

  @Test
  void moreAgreeingEvidenceGivesMoreConfidence() {
    double one = CLASSIFIER.classify("stop drinking").confidence();
    double three = CLASSIFIER.classify("stop drinking completely, for good").confidence();
    double mixed = CLASSIFIER.classify("stop drinking and learn to cope").confidence();

    assertThat(one).isBetween(0.0, 1.0);
    assertThat(three).isGreaterThan(one).isLessThanOrEqualTo(1.0);
    assertThat(mixed).isLessThan(one);
  }

  @Test
  void sharedInstanceGivesTheSameAnswersFromManyThreads() {
    List<String> texts =
        List.of(
            "Never feel anxious again",
            "Learn to notice my anger sooner",
            "Talk about my childhood",
            "cut down to 2 drinks a week by end of march");
    List<Classification> sequential = texts.stream().map(CLASSIFIER::classify).toList();

    List<Classification> parallel =
        IntStream.range(0, 4_000)
            .parallel()
            .mapToObj(i -> CLASSIFIER.classify(texts.get(i % texts.size())))
            .toList();

    for (int i = 0; i < parallel.size(); i++) {
      assertThat(parallel.get(i)).isEqualTo(sequential.get(i % texts.size()));
    }
  }
}
