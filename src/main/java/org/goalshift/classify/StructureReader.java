package org.goalshift.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.goalshift.schema.Label;

/**
 * Reads which part of a goal holds the difficulty and which the wanted action. A difficulty that
 * only sets the scene for an action ("when the panic shows up on the train, keep breathing", "go to
 * the shops and still feel shaky") makes the action a skill practised while it is there:
 * relationship-oriented. So does an action written in place of another ("text my sponsor instead of
 * using"). Neither counts when the rest of the sentence already makes the goal an elimination or a
 * target ("stop panicking when I'm on the train"): then the difficulty is the object of the goal,
 * not its setting. Immutable once built.
 */
final class StructureReader {
  /**
   * Words that carry no action of their own: a sentence must hold some other word beside its
   * setting for the setting to frame an action.
   */
  private static final Set<String> NO_ACTION =
      Set.of(
          "i", "im", "me", "my", "myself", "to", "want", "need", "the", "a", "an", "and", "or",
          "be", "able", "pt", "cl", "client", "yp", "she", "he", "her", "his", "him", "they",
          "them", "their", "it", "its", "is", "am", "are", "so", "that", "this", "of", "in", "on",
          "at", "for", "with", "will", "can", "just", "really", "also", "goal", "would", "then",
          "still", "even", "when", "if", "/");

  private final RuleMatcher structureRules;
  private final Lexicon.Settings settings;

  StructureReader(RuleMatcher structureRules, Lexicon.Settings settings) {
    this.structureRules = structureRules;
    this.settings = settings;
  }

  /** The weighed cues with the structure's own cues added, all in text order. */
  List<Cue> addStructure(
      List<Token> tokens, List<RuleMatcher.Match> framing, List<GoalClassifier.PlacedCue> cues) {
    List<GoalClassifier.PlacedCue> added = new ArrayList<>();
    List<RuleMatcher.Match> structure =
        structureRules.isEmpty() ? List.of() : structureRules.match(tokens);
    List<Setting> settingsFound = settings(tokens, structure, framing);
    List<GoalClassifier.PlacedCue> weighed = describedDifficulties(settingsFound, cues);
    weighed = escapesEndedForAnAction(tokens, framing, weighed);
    settingCue(tokens, settingsFound, weighed).ifPresent(added::add);
    inquiryCue(tokens, structure).ifPresent(added::add);
    replacementCue(tokens, framing, weighed).ifPresent(added::add);
    List<GoalClassifier.PlacedCue> all = new ArrayList<>(weighed);
    all.addAll(added);
    all.sort(Comparator.comparingInt(GoalClassifier.PlacedCue::start));
    return all.stream().map(GoalClassifier.PlacedCue::cue).toList();
  }

  /** A setting opener with a difficulty close after it, running from the opener to {@code end}. */
  private record Setting(RuleMatcher.Match opener, RuleMatcher.Match difficulty, int end) {}

  /**
   * Every setting opener followed closely, in its clause, by a difficulty that is not negated:
   * "when I'm not anxious" names the difficulty's absence, not its presence.
   */
  private List<Setting> settings(
      List<Token> tokens, List<RuleMatcher.Match> structure, List<RuleMatcher.Match> framing) {
    List<Setting> found = new ArrayList<>();
    for (int s = 0; s < structure.size(); s++) {
      RuleMatcher.Match opener = structure.get(s);
      if (opener.rule().kind() != Rule.Kind.SETTING) {
        continue;
      }
      Optional<RuleMatcher.Match> difficulty = closeDifficulty(tokens, structure, s);
      if (difficulty.isPresent() && !negated(framing, opener.end(), difficulty.get().start())) {
        int clause = tokens.get(opener.end() - 1).clause();
        int end = settingEnd(tokens, framing, difficulty.get().end(), clause);
        found.add(new Setting(opener, difficulty.get(), end));
      }
    }
    return found;
  }

  private static boolean negated(List<RuleMatcher.Match> framing, int from, int to) {
    for (RuleMatcher.Match match : framing) {
      boolean between = match.start() >= from && match.start() < to;
      if (between && match.rule().kind() == Rule.Kind.NEGATE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Performance cues inside a setting, after its difficulty, say how the difficulty comes, not what
   * the goal is: "even if I'm anxious the whole time". They count nothing.
   */
  private static List<GoalClassifier.PlacedCue> describedDifficulties(
      List<Setting> settingsFound, List<GoalClassifier.PlacedCue> cues) {
    if (settingsFound.isEmpty()) {
      return cues;
    }
    List<GoalClassifier.PlacedCue> result = new ArrayList<>(cues);
    for (Setting setting : settingsFound) {
      for (int c = 0; c < result.size(); c++) {
        GoalClassifier.PlacedCue placed = result.get(c);
        Cue cue = placed.cue();
        boolean inside = placed.start() >= setting.difficulty.end() && placed.start() < setting.end;
        if (inside && cue.framing() == Label.PERFORMANCE_TARGET && cue.weight() > 0) {
          Cue described =
              new Cue(
                  cue.phrase(),
                  cue.meaning()
                      + " (describes the difficulty after '"
                      + setting.opener.phrase()
                      + "', not the goal: counts nothing)",
                  cue.framing(),
                  0);
          result.set(c, new GoalClassifier.PlacedCue(described, placed.start()));
        }
      }
    }
    return result;
  }

  /**
   * An escape ended ("stop hiding from my mates") is the goal's target, unless the sentence goes
   * on, after "and", to a wanted action with no other target ("and go back to the pub quiz"): then
   * ending the escape is the means of that action, and the cue counts as relationship-oriented.
   */
  private static List<GoalClassifier.PlacedCue> escapesEndedForAnAction(
      List<Token> tokens, List<RuleMatcher.Match> framing, List<GoalClassifier.PlacedCue> cues) {
    List<GoalClassifier.PlacedCue> result = cues;
    for (RuleMatcher.Match facing : framing) {
      if (facing.rule().kind() != Rule.Kind.FACING) {
        continue;
      }
      int and = nextAnd(tokens, facing.end());
      if (and < 0 || !holdsWantedAction(tokens, cues, facing.start(), and)) {
        continue;
      }
      for (int c = 0; c < result.size(); c++) {
        GoalClassifier.PlacedCue placed = result.get(c);
        Cue cue = placed.cue();
        if (placed.start() == facing.start() && cue.framing() == Label.PERFORMANCE_TARGET) {
          Cue means =
              new Cue(
                  cue.phrase(),
                  cue.meaning()
                      + " (the means to the wanted action after 'and': counts as"
                      + " relationship-oriented)",
                  Label.RELATIONSHIP_ORIENTED,
                  cue.weight());
          result = new ArrayList<>(result);
          result.set(c, new GoalClassifier.PlacedCue(means, placed.start()));
        }
      }
    }
    return result;
  }

  /** The first "and" at or after {@code from} in its sentence, or -1. */
  private static int nextAnd(List<Token> tokens, int from) {
    if (from >= tokens.size()) {
      return -1;
    }
    int sentence = tokens.get(from).sentence();
    for (int t = from; t < tokens.size() && tokens.get(t).sentence() == sentence; t++) {
      if (tokens.get(t).text().equals("and")) {
        return t;
      }
    }
    return -1;
  }

  /** The first difficulty after the opener {@code structure.get(opener)}, close, in its clause. */
  private Optional<RuleMatcher.Match> closeDifficulty(
      List<Token> tokens, List<RuleMatcher.Match> structure, int opener) {
    RuleMatcher.Match open = structure.get(opener);
    int clause = tokens.get(open.end() - 1).clause();
    for (int d = opener + 1; d < structure.size(); d++) {
      RuleMatcher.Match candidate = structure.get(d);
      boolean close =
          candidate.rule().kind() == Rule.Kind.DIFFICULTY
              && tokens.get(candidate.start()).clause() == clause
              && candidate.start() - open.end() <= settings.maxGap();
      if (close) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The first inquiry whose object is a difficulty ("figure out what my anger is protecting"):
   * understanding what the experience is for or says. An inquiry into anything else ("figure out
   * what brought me to therapy") counts nothing.
   */
  private Optional<GoalClassifier.PlacedCue> inquiryCue(
      List<Token> tokens, List<RuleMatcher.Match> structure) {
    for (int i = 0; i < structure.size(); i++) {
      RuleMatcher.Match inquiry = structure.get(i);
      if (inquiry.rule().kind() != Rule.Kind.INQUIRY) {
        continue;
      }
      Optional<RuleMatcher.Match> difficulty = closeDifficulty(tokens, structure, i);
      if (difficulty.isPresent()) {
        Rule rule = inquiry.rule();
        Cue cue =
            new Cue(
                inquiry.phrase() + " ... " + difficulty.get().phrase(),
                rule.meaning(),
                rule.framing(),
                rule.weight());
        return Optional.of(new GoalClassifier.PlacedCue(cue, inquiry.start()));
      }
    }
    return Optional.empty();
  }

  /** The first setting whose sentence holds a wanted action outside it and no target. */
  private Optional<GoalClassifier.PlacedCue> settingCue(
      List<Token> tokens, List<Setting> settingsFound, List<GoalClassifier.PlacedCue> cues) {
    for (Setting setting : settingsFound) {
      if (holdsWantedAction(tokens, cues, setting.opener.start(), setting.end)) {
        Cue cue =
            new Cue(
                setting.opener.phrase() + " ... " + setting.difficulty.phrase(),
                "a wanted action while the difficulty is there (its setting, not its target)",
                Label.RELATIONSHIP_ORIENTED,
                settings.settingWeight());
        return Optional.of(new GoalClassifier.PlacedCue(cue, setting.opener.start()));
      }
    }
    return Optional.empty();
  }

  /**
   * A setting runs to the end of its clause, or to the writer's own "want" or a "rather than"
   * inside it ("when the panic shows up I want to keep breathing").
   */
  private static int settingEnd(
      List<Token> tokens, List<RuleMatcher.Match> framing, int from, int clause) {
    int end = clauseEnd(tokens, from, clause);
    for (RuleMatcher.Match match : framing) {
      Rule.Kind kind = match.rule().kind();
      boolean ends = kind == Rule.Kind.RESUME || kind == Rule.Kind.CONTRAST;
      if (ends && match.start() >= from && match.start() < end) {
        return match.start();
      }
    }
    return end;
  }

  /** A wanted action instead of another: the turned-down option is what follows the contrast. */
  private Optional<GoalClassifier.PlacedCue> replacementCue(
      List<Token> tokens, List<RuleMatcher.Match> framing, List<GoalClassifier.PlacedCue> cues) {
    for (int o = 0; o < framing.size(); o++) {
      RuleMatcher.Match contrast = framing.get(o);
      if (contrast.rule().kind() != Rule.Kind.CONTRAST) {
        continue;
      }
      int clause = tokens.get(contrast.end() - 1).clause();
      int scopeEnd =
          Math.min(
              RuleMatcher.scopeEnd(tokens, framing, o, clause),
              clauseEnd(tokens, contrast.end(), clause));
      if (scopeEnd > contrast.end()
          && holdsWantedAction(tokens, cues, contrast.start(), scopeEnd)) {
        Cue cue =
            new Cue(
                contrast.phrase(),
                "a chosen response in place of an old one",
                Label.RELATIONSHIP_ORIENTED,
                settings.replacementWeight());
        return Optional.of(new GoalClassifier.PlacedCue(cue, contrast.start()));
      }
    }
    return Optional.empty();
  }

  private static int clauseEnd(List<Token> tokens, int from, int clause) {
    int end = from;
    while (end < tokens.size() && tokens.get(end).clause() == clause) {
      end++;
    }
    return end;
  }

  /**
   * The sentence holds an action outside [start, end), and no performance evidence there: a target
   * or an elimination in the main part makes the difficulty its object.
   */
  private static boolean holdsWantedAction(
      List<Token> tokens, List<GoalClassifier.PlacedCue> cues, int start, int end) {
    int sentence = tokens.get(start).sentence();
    for (GoalClassifier.PlacedCue placed : cues) {
      boolean outside = placed.start() < start || placed.start() >= end;
      boolean performance =
          placed.cue().framing() == Label.PERFORMANCE_TARGET && placed.cue().weight() > 0;
      if (outside && performance && tokens.get(placed.start()).sentence() == sentence) {
        return false;
      }
    }
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      boolean outside = t < start || t >= end;
      if (outside && token.sentence() == sentence && !NO_ACTION.contains(token.text())) {
        return true;
      }
    }
    return false;
  }
}
