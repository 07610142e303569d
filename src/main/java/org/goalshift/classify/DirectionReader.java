package org.goalshift.classify;

import java.util.ArrayList;
import java.util.List;
import org.goalshift.schema.Direction;

/**
 * Reads a goal's direction from its tokens with the lexicon's direction rules (docs/classifier.md,
 * "Direction"). Independent of the framing: it has its own rules and operators and never looks at
 * the framing's cues.
 *
 * <p>Evidence is weighed in three steps. Reject and contrast operators ("not looking for", "instead
 * of") turn down what follows: approach and avoidance cues there count for nothing, a problem
 * behaviour there is something to stop (avoidance) and avoiding the experience there is a double
 * negative (approach). A turning cue ("stop", "never", "without") then turns the next cue after it
 * away: a wanted thing becomes avoidance, avoiding becomes approach and takes the turning cue's own
 * weight with it, a problem becomes avoidance. Cues conceded before "but" and purposes after "so
 * that" count less. The sums decide: both sides strong enough is mixed, otherwise the stronger
 * side, and too little evidence, or administrative cues weighing as much, is none.
 */
final class DirectionReader {
  private final RuleMatcher matcher;
  private final Lexicon.Settings settings;

  /** A goal's direction with the cues that decided it. */
  record Reading(Direction direction, List<DirectionCue> cues, double confidence) {}

  DirectionReader(RuleMatcher matcher, Lexicon.Settings settings) {
    this.matcher = matcher;
    this.settings = settings;
  }

  Reading read(List<Token> tokens) {
    if (matcher.isEmpty()) {
      return new Reading(Direction.NONE, List.of(), Confidence.NO_EVIDENCE);
    }
    return decide(weigh(tokens, matcher.match(tokens)));
  }

  /** What one match counts for as the operators around it are applied. */
  private static final class Weighed {
    final RuleMatcher.Match match;
    Direction counts;
    double weight;
    String note = "";
    boolean settled;

    Weighed(RuleMatcher.Match match) {
      this.match = match;
      Rule rule = match.rule();
      switch (rule.kind()) {
        case CUE -> counts = rule.direction();
        case TURN -> counts = Direction.AVOIDANCE;
        default -> counts = null;
      }
      weight = counts == null ? 0 : rule.weight();
    }

    Rule.Kind kind() {
      return match.rule().kind();
    }

    void set(Direction direction, double newWeight, String why) {
      counts = direction;
      weight = direction == null ? 0 : newWeight;
      note = " (" + why + ")";
      settled = true;
    }
  }

  private List<DirectionCue> weigh(List<Token> tokens, List<RuleMatcher.Match> matches) {
    List<Weighed> weighed = new ArrayList<>(matches.size());
    for (RuleMatcher.Match match : matches) {
      weighed.add(new Weighed(match));
    }
    turnDown(tokens, matches, weighed);
    turnAway(tokens, weighed);
    discount(tokens, matches, weighed);
    List<DirectionCue> cues = new ArrayList<>();
    for (Weighed cue : weighed) {
      if (cue.match.rule().isDirectionEvidence()) {
        cues.add(
            new DirectionCue(
                cue.match.phrase(),
                cue.match.rule().meaning() + cue.note,
                cue.counts,
                cue.counts == null ? 0 : cue.weight));
      }
    }
    return cues;
  }

  /** Reject and contrast: the option the writer turns down, to the end of its clause. */
  private void turnDown(
      List<Token> tokens, List<RuleMatcher.Match> matches, List<Weighed> weighed) {
    for (int o = 0; o < matches.size(); o++) {
      RuleMatcher.Match operator = matches.get(o);
      Rule.Kind kind = operator.rule().kind();
      if (kind != Rule.Kind.REJECT && kind != Rule.Kind.CONTRAST) {
        continue;
      }
      int clause = tokens.get(operator.end() - 1).clause();
      int scopeEnd = RuleMatcher.scopeEnd(tokens, matches, o, clause);
      String by = "'" + operator.phrase() + "'";
      List<Weighed> scope = new ArrayList<>();
      for (Weighed cue : weighed) {
        RuleMatcher.Match match = cue.match;
        boolean inScope =
            !cue.settled
                && match.start() >= operator.end()
                && match.start() < scopeEnd
                && tokens.get(match.start()).clause() == clause;
        if (inScope && match.rule().isDirectionEvidence() && cue.counts != Direction.NONE) {
          scope.add(cue);
        }
      }
      // A problem is something to stop only when the turned-down option is the problem itself
      // ("instead of self-harming"), not a goal of its own ("rather than never drinking").
      boolean problemIsTheOption =
          kind == Rule.Kind.CONTRAST && scope.stream().noneMatch(cue -> cue.counts != null);
      for (Weighed cue : scope) {
        double weight = cue.match.rule().weight();
        if (cue.kind() == Rule.Kind.ESCAPE) {
          cue.set(Direction.APPROACH, weight, "turned down after " + by + ": counts as approach");
        } else if (cue.kind() == Rule.Kind.PROBLEM && problemIsTheOption) {
          cue.set(Direction.AVOIDANCE, weight, "to stop, after " + by);
        } else {
          cue.set(null, 0, "the option turned down after " + by + ": counts nothing");
        }
      }
    }
  }

  /** Each turning cue turns the first direction cue after it, close by in its clause. */
  private void turnAway(List<Token> tokens, List<Weighed> weighed) {
    for (int t = 0; t < weighed.size(); t++) {
      Weighed turner = weighed.get(t);
      if (turner.kind() != Rule.Kind.TURN || turner.settled) {
        continue;
      }
      RuleMatcher.Match operator = turner.match;
      int clause = tokens.get(operator.end() - 1).clause();
      for (int c = t + 1; c < weighed.size(); c++) {
        Weighed cue = weighed.get(c);
        RuleMatcher.Match match = cue.match;
        if (!match.rule().isDirectionEvidence()) {
          continue;
        }
        boolean near =
            match.start() >= operator.end()
                && match.start() - operator.end() <= settings.maxGap()
                && tokens.get(match.start()).clause() == clause;
        if (!near || cue.settled || cue.counts == Direction.NONE) {
          break;
        }
        turn(turner, cue);
        break;
      }
    }
  }

  private void turn(Weighed turner, Weighed cue) {
    String by = "'" + turner.match.phrase() + "'";
    double weight = cue.match.rule().weight();
    switch (cue.kind()) {
      case ESCAPE -> {
        cue.set(
            Direction.APPROACH,
            weight + turner.weight,
            "turned round by " + by + ": a double negative, counts as approach");
        turner.set(null, 0, "turns '" + cue.match.phrase() + "' round");
      }
      case PROBLEM -> cue.set(Direction.AVOIDANCE, weight, "to stop, after " + by);
      default -> {
        // An avoidance cue after a turning one stays avoidance: "not have any more blackouts".
        if (cue.counts == Direction.APPROACH) {
          cue.set(Direction.AVOIDANCE, weight, "turned round by " + by + ": counts as avoidance");
        }
      }
    }
  }

  /** Cues conceded before "but", and purposes after "so that", count less. */
  private void discount(
      List<Token> tokens, List<RuleMatcher.Match> matches, List<Weighed> weighed) {
    for (RuleMatcher.Match operator : matches) {
      Rule.Kind kind = operator.rule().kind();
      if (kind != Rule.Kind.CONCESSION && kind != Rule.Kind.PURPOSE) {
        continue;
      }
      int sentence = tokens.get(operator.start()).sentence();
      int clause = tokens.get(operator.end() - 1).clause();
      for (Weighed cue : weighed) {
        RuleMatcher.Match match = cue.match;
        boolean discounted =
            kind == Rule.Kind.CONCESSION
                ? match.end() <= operator.start()
                    && tokens.get(match.start()).sentence() == sentence
                : match.start() >= operator.end() && tokens.get(match.start()).clause() == clause;
        if (discounted && cue.counts != null && !cue.note.contains("counts less")) {
          cue.weight *= settings.concededWeight();
          cue.note +=
              kind == Rule.Kind.CONCESSION
                  ? " (conceded before '" + operator.phrase() + "': counts less)"
                  : " (a purpose, after '" + operator.phrase() + "': counts less)";
        }
      }
    }
  }

  /**
   * Mixed when both sides have at least mixed-min-evidence and the weaker is at least
   * mixed-min-ratio of the stronger; otherwise the stronger side if it reaches
   * direction-min-evidence and outweighs administrative cues; on a tie the last cue's side.
   */
  private Reading decide(List<DirectionCue> cues) {
    double approach = 0;
    double avoidance = 0;
    double none = 0;
    Direction last = null;
    for (DirectionCue cue : cues) {
      if (cue.direction() == null) {
        continue;
      }
      switch (cue.direction()) {
        case APPROACH -> approach += cue.weight();
        case AVOIDANCE -> avoidance += cue.weight();
        default -> none += cue.weight();
      }
      if (cue.direction() != Direction.NONE) {
        last = cue.direction();
      }
    }
    double stronger = Math.max(approach, avoidance);
    double weaker = Math.min(approach, avoidance);
    double all = approach + avoidance + none;
    if (stronger < settings.directionMinEvidence() || none >= stronger) {
      double confidence = Confidence.undecided(all == 0, none >= stronger && none > 0);
      return new Reading(Direction.NONE, cues, confidence);
    }
    if (weaker >= settings.mixedMinEvidence() && weaker >= settings.mixedMinRatio() * stronger) {
      double confidence = Confidence.decided((approach + avoidance) / all, weaker);
      return new Reading(Direction.MIXED, cues, confidence);
    }
    Direction direction =
        approach > avoidance
            ? Direction.APPROACH
            : avoidance > approach ? Direction.AVOIDANCE : last;
    return new Reading(direction, cues, Confidence.decided(stronger / all, stronger));
  }
}
