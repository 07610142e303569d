package org.goalshift.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How well one dimension of the classifier (framing or direction) agrees with gold labels:
 * per-class precision, recall and F1, macro-F1 over the classes that matter, Cohen's kappa over all
 * classes, the confusion matrix and every miss with its cues.
 *
 * @param <C> the classes of the dimension (Label or Direction)
 */
public final class Agreement<C extends Enum<C>> {
  private final String name;
  private final List<C> classes;
  private final List<C> macroClasses;
  private final Function<C, String> code;
  private final Function<Classification, String> cuesOf;
  private final Function<Classification, Double> confidenceOf;
  private final long[][] confusion;
  private final List<Miss<C>> misses = new ArrayList<>();
  private long total;

  /** A goal the classifier got wrong on this dimension, with what it saw. */
  public record Miss<C>(Evaluation.GoldGoal gold, C expected, C predicted, Classification seen) {}

  /** Per-class figures; precision or recall is NaN when nothing was predicted or expected. */
  public record ClassScores(
      String code, double precision, double recall, double f1, long support) {}

  Agreement(
      String name,
      List<C> classes,
      List<C> macroClasses,
      Function<C, String> code,
      Function<Classification, String> cuesOf,
      Function<Classification, Double> confidenceOf) {
    this.name = name;
    this.classes = List.copyOf(classes);
    this.macroClasses = List.copyOf(macroClasses);
    this.code = code;
    this.cuesOf = cuesOf;
    this.confidenceOf = confidenceOf;
    this.confusion = new long[classes.size()][classes.size()];
  }

  void add(Evaluation.GoldGoal gold, C expected, C predicted, Classification seen) {
    confusion[expected.ordinal()][predicted.ordinal()]++;
    total++;
    if (expected != predicted) {
      misses.add(new Miss<>(gold, expected, predicted, seen));
    }
  }

  public long total() {
    return total;
  }

  /** confusion()[gold][predicted], indexed by the classes' ordinals. */
  public long[][] confusion() {
    long[][] copy = new long[confusion.length][];
    for (int i = 0; i < confusion.length; i++) {
      copy[i] = confusion[i].clone();
    }
    return copy;
  }

  public List<Miss<C>> misses() {
    return List.copyOf(misses);
  }

  public double accuracy() {
    long agreed = 0;
    for (int i = 0; i < confusion.length; i++) {
      agreed += confusion[i][i];
    }
    return total == 0 ? Double.NaN : (double) agreed / total;
  }

  public ClassScores scores(C label) {
    int k = label.ordinal();
    long truePositives = confusion[k][k];
    long predicted = 0;
    long expected = 0;
    for (int i = 0; i < confusion.length; i++) {
      predicted += confusion[i][k];
      expected += confusion[k][i];
    }
    double precision = predicted == 0 ? Double.NaN : (double) truePositives / predicted;
    double recall = expected == 0 ? Double.NaN : (double) truePositives / expected;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new ClassScores(
        code.apply(label), precision, recall, Double.isNaN(f1) ? 0 : f1, expected);
  }

  /** Mean F1 of the classes that matter (the two framings; all four directions). */
  public double macroF1() {
    return macroClasses.stream().mapToDouble(c -> scores(c).f1()).average().orElse(Double.NaN);
  }

  /** Cohen's kappa over all classes: agreement corrected for chance. */
  public double kappa() {
    double observed = accuracy();
    double chance = 0;
    for (int k = 0; k < confusion.length; k++) {
      long goldCount = 0;
      long predictedCount = 0;
      for (int i = 0; i < confusion.length; i++) {
        goldCount += confusion[k][i];
        predictedCount += confusion[i][k];
      }
      chance += (double) goldCount / total * predictedCount / total;
    }
    return chance == 1 ? 1 : (observed - chance) / (1 - chance);
  }

  /** Three decimals, or "-" where nothing was predicted or expected. */
  private static String ratio(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** A plain-text report for a terminal. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%s: %d goals   accuracy: %.3f   macro-F1 (%s): %.3f   Cohen's kappa: %.3f%n%n",
            name,
            total,
            accuracy(),
            String.join(", ", macroClasses.stream().map(this::shortName).toList()),
            macroF1(),
            kappa()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %9s %9s %9s %8s%n",
            "label",
            "precision",
            "recall",
            "F1",
            "gold n"));
    for (C label : classes) {
      ClassScores s = scores(label);
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %9s %9s %9.3f %8d%n",
              s.code(),
              ratio(s.precision()),
              ratio(s.recall()),
              s.f1(),
              s.support()));
    }
    out.append(
        String.format(Locale.ROOT, "%nConfusion matrix (rows = gold, columns = predicted)%n"));
    out.append(String.format(Locale.ROOT, "%-24s", ""));
    for (C label : classes) {
      out.append(String.format(Locale.ROOT, " %22s", code.apply(label)));
    }
    out.append(System.lineSeparator());
    for (C gold : classes) {
      out.append(String.format(Locale.ROOT, "%-24s", code.apply(gold)));
      for (C predicted : classes) {
        out.append(
            String.format(Locale.ROOT, " %22d", confusion[gold.ordinal()][predicted.ordinal()]));
      }
      out.append(System.lineSeparator());
    }
    out.append(String.format(Locale.ROOT, "%nMisclassified: %d%n", misses.size()));
    for (Miss<C> miss : misses) {
      String cues = cuesOf.apply(miss.seen());
      out.append(
          String.format(
              Locale.ROOT,
              "- line %d: \"%s\"%n    gold %s, predicted %s (%.2f)%n    cues: %s%n",
              miss.gold().line(),
              miss.gold().goalText().replace('\n', ' '),
              code.apply(miss.expected()),
              code.apply(miss.predicted()),
              confidenceOf.apply(miss.seen()),
              cues.isEmpty() ? "(none)" : cues));
    }
    return out.toString();
  }

  /** "PT" for performance_target, "approach" for approach: the header stays one line. */
  private String shortName(C label) {
    String full = code.apply(label);
    if (!full.contains("_")) {
      return full;
    }
    StringBuilder initials = new StringBuilder();
    for (String word : full.split("_")) {
      initials.append(Character.toUpperCase(word.charAt(0)));
    }
    return initials.toString();
  }
}
