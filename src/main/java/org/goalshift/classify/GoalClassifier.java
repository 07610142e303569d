package org.goalshift.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;

/**
 * Labels goal texts with the rules of one {@link Lexicon}: their framing and, independently, their
 * direction. The lexicon is compiled once into token tries (aliases, then the framing rules, the
 * framing's structure rules and the direction rules), a {@link TypoCorrector} and a {@link
 * LearnedFallback} trained on its example goals, for goals the framing rules leave undecided;
 * {@link #classify} tokenises a text once and then makes a few linear passes over its tokens for
 * each dimension. Instances are safe to share between threads: the compiled rules and the model are
 * immutable and the only mutable part is the typo corrector's concurrent memo.
 */
public final class GoalClassifier {
  private final Lexicon.Settings settings;
  private final List<Rule> rules;
  private final PhraseTrie<List<String>> aliasTrie = new PhraseTrie<>();
  private final RuleMatcher framingRules;
  private final StructureReader structureReader;
  private final DirectionReader directionReader;
  private final TypoCorrector typos = new TypoCorrector();
  private final LearnedFallback learned;

  public GoalClassifier(Lexicon lexicon) {
    this.settings = lexicon.settings();
    this.rules = lexicon.rules();
    lexicon.aliases().forEach(aliasTrie::add);
    framingRules = new RuleMatcher(rules, settings.maxGap(), typos::addToVocabulary);
    structureReader =
        new StructureReader(
            new RuleMatcher(lexicon.structureRules(), settings.maxGap(), typos::addToVocabulary),
            settings);
    directionReader =
        new DirectionReader(
            new RuleMatcher(lexicon.directionRules(), settings.maxGap(), typos::addToVocabulary),
            settings);
    Map<Label, List<List<Token>>> examples = new EnumMap<>(Label.class);
    lexicon
        .examples()
        .forEach((label, texts) -> examples.put(label, texts.stream().map(this::read).toList()));
    learned =
        LearnedFallback.train(
            examples, settings.learnedMinCount(), settings.learnedMinProbability());
  }

  /** A text's tokens as the rules see them: aliases applied and typos mended. */
  private List<Token> read(String text) {
    return typos.correct(applyAliases(Tokenizer.tokenize(text)));
  }

  /** Both dimensions of one goal text, read from one tokenisation of it. */
  public Classification classify(String goalText) {
    if (goalText == null || goalText.isBlank()) {
      return new Classification(Label.UNCLASSIFIED, List.of(), 1.0, Direction.NONE, List.of(), 1.0);
    }
    List<Token> tokens = read(goalText);
    List<RuleMatcher.Match> matches = framingRules.match(tokens);
    List<PlacedCue> cues = weighCues(tokens, matches);
    Framing framing = decide(structureReader.addStructure(tokens, matches, cues), tokens);
    DirectionReader.Reading direction = directionReader.read(tokens);
    return new Classification(
        framing.label,
        framing.cues,
        framing.confidence,
        direction.direction(),
        direction.cues(),
        direction.confidence());
  }

  private record Framing(Label label, List<Cue> cues, double confidence) {}

  private List<Token> applyAliases(List<Token> tokens) {
    List<Token> result = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      LongestAlias longest = new LongestAlias(i);
      aliasTrie.matchAt(tokens, i, longest);
      Token first = tokens.get(i);
      if (longest.replacement == null) {
        result.add(first);
        i++;
      } else {
        for (String word : longest.replacement) {
          result.add(new Token(word, false, first.sentence(), first.clause()));
        }
        i = longest.end;
      }
    }
    return result;
  }

  private static final class LongestAlias implements PhraseTrie.Hit<List<String>> {
    int end;
    List<String> replacement;

    LongestAlias(int start) {
      this.end = start;
    }

    @Override
    public void found(List<String> payload, int matchEnd) {
      if (matchEnd > end) {
        end = matchEnd;
        replacement = payload;
      }
    }
  }

  /** A weighed cue and the token it starts at, so the structure can see which clause holds it. */
  record PlacedCue(Cue cue, int start) {}

  /**
   * Applies negation, contrast, concession, content and topic openers to the matched cues, then
   * weighs each one.
   */
  private List<PlacedCue> weighCues(List<Token> tokens, List<RuleMatcher.Match> matches) {
    int count = matches.size();
    String[] turnedBy = new String[count];
    String[] concededBefore = new String[count];
    // Why a cue describes something other than the goal and counts nothing, if it does.
    String[] notTheGoal = new String[count];
    for (int o = 0; o < count; o++) {
      RuleMatcher.Match operator = matches.get(o);
      Rule.Kind kind = operator.rule().kind();
      boolean operates =
          kind != Rule.Kind.CUE
              && kind != Rule.Kind.FACING
              && kind != Rule.Kind.RESUME
              && kind != Rule.Kind.NEUTRAL;
      if (!operates) {
        continue;
      }
      int clause = tokens.get(operator.end() - 1).clause();
      int scopeEnd =
          kind == Rule.Kind.TOPIC
              ? topicEnd(tokens, matches, o, clause)
              : RuleMatcher.scopeEnd(tokens, matches, o, clause);
      int sentence = tokens.get(operator.start()).sentence();
      scope:
      for (int c = 0; c < count; c++) {
        RuleMatcher.Match cue = matches.get(c);
        if (!cue.rule().isCue() || cue.rule().framing() == Label.UNCLASSIFIED) {
          continue;
        }
        boolean after =
            cue.start() >= operator.end()
                && cue.start() < scopeEnd
                && tokens.get(cue.start()).clause() == clause;
        switch (kind) {
          case REJECT, CONTRAST -> {
            if (after && turnedBy[c] == null) {
              turnedBy[c] = operator.phrase();
            }
          }
          case NEGATE -> {
            if (after && cue.start() - operator.end() <= settings.maxGap()) {
              if (cue.rule().flipsUnderNegation() && turnedBy[c] == null) {
                turnedBy[c] = operator.phrase();
              }
              break scope; // Plain negation scopes only the first cue after it.
            }
          }
          case CONTENT -> {
            if (after) {
              notTheGoal[c] = "part of what '" + operator.phrase() + "' says";
            }
          }
          case TOPIC -> {
            if (after) {
              notTheGoal[c] = "part of the topic after '" + operator.phrase() + "'";
            }
          }
          case CONCESSION -> {
            if (cue.end() <= operator.start() && tokens.get(cue.start()).sentence() == sentence) {
              concededBefore[c] = operator.phrase();
            }
          }
          default -> throw new IllegalStateException("Unexpected operator " + kind);
        }
      }
      if (kind == Rule.Kind.NEGATE) {
        concedeForTheWishAfter(tokens, matches, o, clause, turnedBy, concededBefore);
      }
    }
    List<PlacedCue> cues = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      RuleMatcher.Match match = matches.get(c);
      Rule rule = match.rule();
      if (!rule.isCue()) {
        continue;
      }
      Label framing = rule.framing();
      double weight = rule.weight();
      String meaning = rule.meaning();
      if (turnedBy[c] != null) {
        framing = opposite(framing);
        weight *= settings.turnedWeight();
        meaning += " (turned round by '" + turnedBy[c] + "': counts as " + plainName(framing) + ")";
      }
      if (concededBefore[c] != null) {
        weight *= settings.concededWeight();
        meaning += " (conceded before '" + concededBefore[c] + "': counts less)";
      }
      if (notTheGoal[c] != null) {
        weight = 0;
        meaning += " (" + notTheGoal[c] + ", not the goal: counts nothing)";
      }
      cues.add(new PlacedCue(new Cue(match.phrase(), meaning, framing, weight), match.start()));
    }
    return cues;
  }

  /**
   * Where the topic of a talking verb ends: at the end of its clause, an "and" (a second verb:
   * "explore and come to accept"), the writer's next "want" or a "but". A talking verb that follows
   * a framing cue in its sentence is not the goal's main verb but a capacity ("be able to talk
   * about the accident without it taking over"), and names no topic: its scope is empty.
   */
  private static int topicEnd(
      List<Token> tokens, List<RuleMatcher.Match> matches, int topic, int clause) {
    RuleMatcher.Match opener = matches.get(topic);
    int sentence = tokens.get(opener.start()).sentence();
    for (int m = 0; m < topic; m++) {
      Rule rule = matches.get(m).rule();
      boolean framed = rule.isCue() && rule.framing() != Label.UNCLASSIFIED;
      if (framed && tokens.get(matches.get(m).start()).sentence() == sentence) {
        return opener.end();
      }
    }
    int end = RuleMatcher.scopeEnd(tokens, matches, topic, clause);
    for (int t = opener.end(); t < end && tokens.get(t).clause() == clause; t++) {
      if (tokens.get(t).text().equals("and")) {
        return t;
      }
    }
    return end;
  }

  /**
   * "I don't want to numb everything out anymore, I want to learn to feel things safely": when the
   * writer's own wish follows a negated clause in the same sentence, that wish is what they want,
   * and the negated clause's cues are conceded to it, as before a "but". A cue the negation turned
   * round already counts for the wish ("I don't want to stop feeling things, I want ...").
   */
  private static void concedeForTheWishAfter(
      List<Token> tokens,
      List<RuleMatcher.Match> matches,
      int negation,
      int clause,
      String[] turnedBy,
      String[] concededBefore) {
    RuleMatcher.Match operator = matches.get(negation);
    int sentence = tokens.get(operator.start()).sentence();
    RuleMatcher.Match wish = null;
    for (int m = negation + 1; m < matches.size() && wish == null; m++) {
      RuleMatcher.Match match = matches.get(m);
      Token at = tokens.get(match.start());
      if (match.rule().kind() == Rule.Kind.RESUME
          && at.sentence() == sentence
          && at.clause() != clause) {
        wish = match;
      }
    }
    if (wish == null) {
      return;
    }
    for (int c = negation + 1; c < matches.size(); c++) {
      RuleMatcher.Match cue = matches.get(c);
      if (cue.rule().isCue()
          && tokens.get(cue.start()).clause() == clause
          && turnedBy[c] == null
          && concededBefore[c] == null) {
        concededBefore[c] = wish.phrase();
      }
    }
  }

  private static Label opposite(Label framing) {
    return framing == Label.PERFORMANCE_TARGET
        ? Label.RELATIONSHIP_ORIENTED
        : Label.PERFORMANCE_TARGET;
  }

  private static String plainName(Label framing) {
    return framing == Label.PERFORMANCE_TARGET ? "performance target" : "relationship-oriented";
  }

  /**
   * The framing with more evidence wins if it has at least min-evidence and outweighs any
   * administrative or exploratory cues; on a tie, the framing of the last cue (the writer's final
   * word) wins. Confidence is the winner's share of the framing evidence, damped when the evidence
   * is thin. A goal the rules leave undecided without any administrative cue goes to the learned
   * fallback.
   */
  private Framing decide(List<Cue> cues, List<Token> tokens) {
    double performance = 0;
    double relationship = 0;
    double neither = 0;
    Label last = null;
    for (Cue cue : cues) {
      switch (cue.framing()) {
        case PERFORMANCE_TARGET -> performance += cue.weight();
        case RELATIONSHIP_ORIENTED -> relationship += cue.weight();
        case UNCLASSIFIED -> neither += cue.weight();
      }
      if (cue.framing() != Label.UNCLASSIFIED) {
        last = cue.framing();
      }
    }
    double winner = Math.max(performance, relationship);
    if (winner < settings.minEvidence() || neither >= winner) {
      Optional<LearnedFallback.Guess> guess =
          neither > 0 ? Optional.empty() : learned.guess(tokens);
      if (guess.isPresent()) {
        return learnedFraming(cues, guess.get());
      }
      double confidence = Confidence.undecided(cues.isEmpty(), neither >= winner && neither > 0);
      return new Framing(Label.UNCLASSIFIED, cues, confidence);
    }
    Label label =
        performance > relationship
            ? Label.PERFORMANCE_TARGET
            : relationship > performance ? Label.RELATIONSHIP_ORIENTED : last;
    double share = winner / (performance + relationship + neither);
    return new Framing(label, cues, Confidence.decided(share, winner));
  }

  /**
   * The learned fallback's framing, explained by the words that decided it. Its cue weighs as much
   * as the least evidence the rules decide on, and the framing is as sure as such a decision would
   * be, scaled by the model's probability.
   */
  private Framing learnedFraming(List<Cue> cues, LearnedFallback.Guess guess) {
    Cue cue =
        new Cue(
            guess.words(),
            String.format(
                Locale.ROOT,
                "worded like the %s examples (learned, %.2f likely; no rule decided)",
                plainName(guess.label()),
                guess.probability()),
            guess.label(),
            settings.minEvidence());
    List<Cue> withGuess = new ArrayList<>(cues);
    withGuess.add(cue);
    return new Framing(
        guess.label(), withGuess, Confidence.decided(guess.probability(), settings.minEvidence()));
  }
}
