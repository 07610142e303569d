package org.goalshift.classify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.goalshift.bench.RoundRobin;

/**
 * Measures single-thread classification throughput (goals per second per core) after warm-up: both
 * dimensions (framing and direction) together, against a baseline of the framing alone measured in
 * the same run, rounds of the two alternating so that the machine's load falls on both alike. Rates
 * are per second of this thread's CPU time, so a busy shared machine slows the run but does not
 * skew the figure; wall-clock rates are printed alongside. Realistic input: the gold file's goals,
 * each also in lower case, as a third-person note, with a typo and with curly quotes and an extra
 * clause. Run with scripts/bench-classifier.
 */
public final class ClassifierBenchmark {
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final long ROUND_NANOS = 1_000_000_000L;
  private static final int ROUNDS = 5;

  private ClassifierBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ClassifierBenchmark GOLD.csv [LEXICON]");
      System.exit(2);
    }
    Lexicon lexicon = args.length == 2 ? Lexicon.load(Path.of(args[1])) : Lexicon.builtIn();
    List<String> texts = variants(Evaluation.readGold(Path.of(args[0])));
    GoalClassifier both = new GoalClassifier(lexicon);
    GoalClassifier framingOnly = new GoalClassifier(lexicon.framingOnly());
    double averageChars = texts.stream().mapToInt(String::length).average().orElse(0);

    RoundRobin.runFor(texts, text -> both.classify(text).confidence(), WARM_UP_NANOS);
    RoundRobin.runFor(texts, text -> framingOnly.classify(text).confidence(), WARM_UP_NANOS);
    Rates bothRates = new Rates();
    Rates baselineRates = new Rates();
    for (int round = 0; round < ROUNDS; round++) {
      baselineRates.measure(framingOnly, texts, round);
      bothRates.measure(both, texts, round);
    }
    System.out.printf(
        Locale.ROOT,
        "%d distinct goal texts (mean %.0f characters), %d rules, 1 thread%n",
        texts.size(),
        averageChars,
        lexicon.ruleCount());
    System.out.printf(
        Locale.ROOT,
        "baseline, framing only, rounds (goals per CPU second): %s%n",
        baselineRates.rounds());
    System.out.printf(
        Locale.ROOT,
        "framing and direction, rounds (goals per CPU second): %s%n",
        bothRates.rounds());
    System.out.printf(
        Locale.ROOT,
        "wall-clock medians: %,.0f (baseline) and %,.0f (both) goals/s (lower when the machine is"
            + " busy)%n",
        baselineRates.wallMedian(),
        bothRates.wallMedian());
    System.out.printf(
        Locale.ROOT,
        "baseline median: %,.0f goals classified per second per core (framing only)%n",
        baselineRates.median());
    System.out.printf(
        Locale.ROOT,
        "median: %,.0f goals classified per second per core (framing and direction), %.2f times"
            + " the baseline%n",
        bothRates.median(),
        bothRates.median() / baselineRates.median());
  }

  /** Goals per CPU second and per wall-clock second of each round of one classifier. */
  private static final class Rates {
    private final double[] perSecond = new double[ROUNDS];
    private final double[] perWallSecond = new double[ROUNDS];

    void measure(GoalClassifier classifier, List<String> texts, int round) {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      long goals =
          RoundRobin.runFor(texts, text -> classifier.classify(text).confidence(), ROUND_NANOS);
      perSecond[round] = goals / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
      perWallSecond[round] = goals / ((System.nanoTime() - wallStart) / 1e9);
    }

    String rounds() {
      return Arrays.toString(Arrays.stream(perSecond).sorted().mapToLong(Math::round).toArray());
    }

    double median() {
      return Arrays.stream(perSecond).sorted().toArray()[ROUNDS / 2];
    }

    double wallMedian() {
      return Arrays.stream(perWallSecond).sorted().toArray()[ROUNDS / 2];
    }
  }

  private static List<String> variants(List<Evaluation.GoldGoal> gold) {
    List<String> texts = new ArrayList<>();
    for (Evaluation.GoldGoal goal : gold) {
      String text = goal.goalText();
      texts.add(text);
      texts.add(text.toLowerCase(Locale.ROOT));
      texts.add("Cl. wants to " + text.toLowerCase(Locale.ROOT));
      texts.add(swapMiddleLetters(text));
      texts.add("\u201C" + text.replace("'", "\u2019") + "\u201D \u2013 even on the bad days");
    }
    return texts;
  }

  private static String swapMiddleLetters(String text) {
    int middle = text.length() / 2;
    if (middle < 1 || middle + 1 >= text.length()) {
      return text;
    }
    return text.substring(0, middle)
        + text.charAt(middle + 1)
        + text.charAt(middle)
        + text.substring(middle + 2);
  }
}
