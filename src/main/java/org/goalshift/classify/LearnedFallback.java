package org.goalshift.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goalshift.schema.Label;

/**
 * A naive Bayes model of the words and word pairs of the lexicon's labelled example goals, for the
 * goals the rules leave undecided. New text keeps bringing framed goals worded in ways no rule
 * names ("eat dinner at the table with my family", "be a good role model"); their words are often
 * the words of labelled goals all the same. The model answers only when one framing is very likely,
 * and says which of the goal's words decided it. Immutable once built.
 */
final class LearnedFallback {
  private static final Label[] LABELS = Label.values();

  /** The words shown to explain a guess: the few that favour it most. */
  private static final int SHOWN_FEATURES = 3;

  private final Map<String, double[]> logLikelihoods;
  private final double[] logPriors;
  private final double minProbability;

  /**
   * A framing the model finds at least min-probability likely.
   *
   * @param words the goal's words and word pairs that favour it most, as "eat, at the table"
   */
  record Guess(Label label, double probability, String words) {}

  private LearnedFallback(
      Map<String, double[]> logLikelihoods, double[] logPriors, double minProbability) {
    this.logLikelihoods = logLikelihoods;
    this.logPriors = logPriors;
    this.minProbability = minProbability;
  }

  /**
   * Counts the features of each label's examples, keeping those that occur at least {@code
   * minCount} times in all of them: a word seen once says more about its goal than about its label.
   * Counts are smoothed by one (Laplace), so a word no example of a label used still leaves that
   * label a chance.
   */
  static LearnedFallback train(
      Map<Label, List<List<Token>>> examples, int minCount, double minProbability) {
    Map<String, long[]> counts = new HashMap<>();
    long[] goals = new long[LABELS.length];
    examples.forEach(
        (label, tokenised) -> {
          goals[label.ordinal()] += tokenised.size();
          for (List<Token> tokens : tokenised) {
            for (String feature : features(tokens)) {
              counts.computeIfAbsent(feature, f -> new long[LABELS.length])[label.ordinal()]++;
            }
          }
        });
    counts.values().removeIf(perLabel -> sum(perLabel) < minCount);
    long[] totals = new long[LABELS.length];
    counts.values().forEach(perLabel -> addTo(totals, perLabel));
    int vocabulary = counts.size();
    Map<String, double[]> logLikelihoods = new HashMap<>();
    counts.forEach(
        (feature, perLabel) -> {
          double[] logs = new double[LABELS.length];
          for (int l = 0; l < LABELS.length; l++) {
            logs[l] = Math.log((perLabel[l] + 1.0) / (totals[l] + vocabulary));
          }
          logLikelihoods.put(feature, logs);
        });
    long all = sum(goals);
    double[] logPriors = new double[LABELS.length];
    for (int l = 0; l < LABELS.length; l++) {
      logPriors[l] = Math.log((goals[l] + 1.0) / (all + LABELS.length));
    }
    return new LearnedFallback(logLikelihoods, logPriors, minProbability);
  }

  /** The goal's framing, when the model finds one at least min-probability likely. */
  Optional<Guess> guess(List<Token> tokens) {
    Map<String, double[]> known = new LinkedHashMap<>();
    double[] scores = logPriors.clone();
    for (String feature : features(tokens)) {
      double[] logs = logLikelihoods.get(feature);
      if (logs != null) {
        known.putIfAbsent(feature, logs);
        addTo(scores, logs);
      }
    }
    if (known.isEmpty()) {
      return Optional.empty();
    }
    int best = 0;
    for (int l = 1; l < LABELS.length; l++) {
      if (scores[l] > scores[best]) {
        best = l;
      }
    }
    double normaliser = 0;
    for (double score : scores) {
      normaliser += Math.exp(score - scores[best]);
    }
    double probability = 1 / normaliser;
    Label label = LABELS[best];
    if (label == Label.UNCLASSIFIED || probability < minProbability) {
      return Optional.empty();
    }
    return Optional.of(new Guess(label, probability, String.join(", ", strongest(known, best))));
  }

  /**
   * The goal's features that favour the chosen label most over the next likeliest, a word left out
   * where a pair holding it is shown.
   */
  private static List<String> strongest(Map<String, double[]> known, int chosen) {
    // Ranked by inserting each in place: a goal has a few dozen features, and this runs per goal.
    List<String> ranked = new ArrayList<>(known.size());
    List<Double> margins = new ArrayList<>(known.size());
    known.forEach(
        (feature, logs) -> {
          double margin = margin(logs, chosen);
          if (margin > 0) {
            int at = 0;
            while (at < margins.size() && margins.get(at) >= margin) {
              at++;
            }
            ranked.add(at, feature);
            margins.add(at, margin);
          }
        });
    List<String> shown = new ArrayList<>(SHOWN_FEATURES);
    for (String feature : ranked) {
      int space = feature.indexOf(' ');
      if (space >= 0) {
        shown.remove(feature.substring(0, space));
        shown.remove(feature.substring(space + 1));
      } else if (shown.stream().anyMatch(shownFeature -> isPairHolding(shownFeature, feature))) {
        continue;
      }
      if (shown.size() < SHOWN_FEATURES) {
        shown.add(feature);
      }
    }
    return shown;
  }

  private static boolean isPairHolding(String pair, String word) {
    int space = pair.indexOf(' ');
    return space >= 0
        && (pair.substring(0, space).equals(word) || pair.substring(space + 1).equals(word));
  }

  /** How much likelier a feature makes the chosen label than the likeliest other. */
  private static double margin(double[] logs, int chosen) {
    double rival = Double.NEGATIVE_INFINITY;
    for (int l = 0; l < logs.length; l++) {
      if (l != chosen) {
        rival = Math.max(rival, logs[l]);
      }
    }
    return logs[chosen] - rival;
  }

  /**
   * Each word, and each pair of neighbouring words in a sentence; every number is one word, "<n>",
   * since "3 a week" and "4 a week" say the same about the framing.
   */
  static List<String> features(List<Token> tokens) {
    List<String> features = new ArrayList<>(tokens.size() * 2);
    for (int t = 0; t < tokens.size(); t++) {
      String word = word(tokens.get(t));
      features.add(word);
      if (t > 0 && tokens.get(t - 1).sentence() == tokens.get(t).sentence()) {
        features.add(word(tokens.get(t - 1)) + " " + word);
      }
    }
    return features;
  }

  private static String word(Token token) {
    return token.number() ? Lexicon.NUMBER : token.text();
  }

  private static long sum(long[] values) {
    long total = 0;
    for (long value : values) {
      total += value;
    }
    return total;
  }

  private static void addTo(long[] totals, long[] values) {
    for (int i = 0; i < totals.length; i++) {
      totals[i] += values[i];
    }
  }

  private static void addTo(double[] totals, double[] values) {
    for (int i = 0; i < totals.length; i++) {
      totals[i] += values[i];
    }
  }
}
