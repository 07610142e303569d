package org.goalshift.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    List<String> known = new ArrayList<>();
    for (String feature : features(tokens)) {
      if (logLikelihoods.containsKey(feature)) {
        known.add(feature);
      }
    }
    if (known.isEmpty()) {
      return Optional.empty();
    }
    double[] scores = logPriors.clone();
    for (String feature : known) {
      addTo(scores, logLikelihoods.get(feature));
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
  private List<String> strongest(List<String> known, int chosen) {
    List<String> ranked =
        known.stream()
            .distinct()
            .filter(feature -> margin(feature, chosen) > 0)
            .sorted(Comparator.comparingDouble((String f) -> margin(f, chosen)).reversed())
            .toList();
    List<String> shown = new ArrayList<>();
    for (String feature : ranked) {
      List<String> words = List.of(feature.split(" "));
      if (words.size() > 1) {
        shown.removeAll(words);
      } else if (shown.stream().anyMatch(pair -> List.of(pair.split(" ")).containsAll(words))) {
        continue;
      }
      if (shown.size() < SHOWN_FEATURES) {
        shown.add(feature);
      }
    }
    return shown;
  }

  private double margin(String feature, int chosen) {
    double[] logs = logLikelihoods.get(feature);
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
