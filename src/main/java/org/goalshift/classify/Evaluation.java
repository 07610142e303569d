package org.goalshift.classify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.goalshift.schema.Columns;
import org.goalshift.schema.Label;

/**
 * How well a classifier agrees with gold labels: per-class precision, recall and F1, macro-F1 over
 * the two framings, Cohen's kappa over all three labels, the confusion matrix and every miss with
 * its cues. Small enough to compute on the driver.
 */
public final class Evaluation {
  private static final Label[] LABELS = Label.values();

  private final long[][] confusion = new long[LABELS.length][LABELS.length];
  private final List<Miss> misses = new ArrayList<>();
  private final long total;

  /**
   * A gold-labelled goal; {@code line} is where its record starts in the gold file (1 = header).
   */
  public record GoldGoal(String goalText, Label label, long line) {}

  /** A goal the classifier got wrong, with what it saw. */
  public record Miss(GoldGoal gold, Classification predicted) {}

  /** Per-class figures; precision or recall is NaN when nothing was predicted or expected. */
  public record ClassScores(
      Label label, double precision, double recall, double f1, long support) {}

  public Evaluation(List<GoldGoal> gold, GoalClassifier classifier) {
    for (GoldGoal goal : gold) {
      Classification predicted = classifier.classify(goal.goalText());
      confusion[goal.label().ordinal()][predicted.label().ordinal()]++;
      if (predicted.label() != goal.label()) {
        misses.add(new Miss(goal, predicted));
      }
    }
    total = gold.size();
  }

  /**
   * Reads a gold CSV with a header that has at least goal_text and label (other columns are
   * ignored). Quoted fields may span lines.
   */
  public static List<GoldGoal> readGold(Path csv) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      for (String required : List.of(Columns.GOAL_TEXT, Columns.LABEL)) {
        if (!parser.getHeaderMap().containsKey(required)) {
          throw new IllegalArgumentException(
              "Gold file "
                  + csv
                  + " has no '"
                  + required
                  + "' column; its header is "
                  + parser.getHeaderNames());
        }
      }
      List<GoldGoal> gold = new ArrayList<>();
      for (CSVRecord record : parser) {
        long line = startLine(record, parser);
        String labelCode = record.isSet(Columns.LABEL) ? record.get(Columns.LABEL) : "";
        Label label;
        try {
          label = Label.fromCode(labelCode);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "Gold file " + csv + " line " + line + ": " + e.getMessage(), e);
        }
        String text = record.isSet(Columns.GOAL_TEXT) ? record.get(Columns.GOAL_TEXT) : "";
        gold.add(new GoldGoal(text, label, line));
      }
      if (gold.isEmpty()) {
        throw new IllegalArgumentException("Gold file " + csv + " has a header but no goals");
      }
      return gold;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("Gold file " + csv + " does not exist", e);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException("Cannot read gold file " + csv + ": " + e.getMessage(), e);
    }
  }

  /** Just after a record, the parser's line count is the record's last line. */
  private static long startLine(CSVRecord record, CSVParser parser) {
    return parser.getCurrentLineNumber() - lineBreaks(record);
  }

  private static long lineBreaks(CSVRecord record) {
    long breaks = 0;
    for (String value : record) {
      breaks += value.chars().filter(c -> c == '\n').count();
    }
    return breaks;
  }

  public long total() {
    return total;
  }

  /** confusion()[gold][predicted], indexed by {@link Label#ordinal()}. */
  public long[][] confusion() {
    long[][] copy = new long[LABELS.length][];
    for (int i = 0; i < LABELS.length; i++) {
      copy[i] = confusion[i].clone();
    }
    return copy;
  }

  public List<Miss> misses() {
    return List.copyOf(misses);
  }

  public double accuracy() {
    long agreed = 0;
    for (int i = 0; i < LABELS.length; i++) {
      agreed += confusion[i][i];
    }
    return total == 0 ? Double.NaN : (double) agreed / total;
  }

  public ClassScores scores(Label label) {
    int k = label.ordinal();
    long truePositives = confusion[k][k];
    long predicted = 0;
    long expected = 0;
    for (int i = 0; i < LABELS.length; i++) {
      predicted += confusion[i][k];
      expected += confusion[k][i];
    }
    double precision = predicted == 0 ? Double.NaN : (double) truePositives / predicted;
    double recall = expected == 0 ? Double.NaN : (double) truePositives / expected;
    double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    return new ClassScores(label, precision, recall, Double.isNaN(f1) ? 0 : f1, expected);
  }

  /** Mean F1 of performance_target and relationship_oriented, the two framings that matter. */
  public double macroF1() {
    return (scores(Label.PERFORMANCE_TARGET).f1() + scores(Label.RELATIONSHIP_ORIENTED).f1()) / 2;
  }

  /** Cohen's kappa over all three labels: agreement corrected for chance. */
  public double kappa() {
    double observed = accuracy();
    double chance = 0;
    for (int k = 0; k < LABELS.length; k++) {
      long goldCount = 0;
      long predictedCount = 0;
      for (int i = 0; i < LABELS.length; i++) {
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
            "Goals: %d   accuracy: %.3f   macro-F1 (PT, RO): %.3f" + "   Cohen's kappa: %.3f%n%n",
            total,
            accuracy(),
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
    for (Label label : LABELS) {
      ClassScores s = scores(label);
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %9s %9s %9.3f %8d%n",
              label.code(),
              ratio(s.precision()),
              ratio(s.recall()),
              s.f1(),
              s.support()));
    }
    out.append(
        String.format(Locale.ROOT, "%nConfusion matrix (rows = gold, columns = predicted)%n"));
    out.append(String.format(Locale.ROOT, "%-24s", ""));
    for (Label label : LABELS) {
      out.append(String.format(Locale.ROOT, " %22s", label.code()));
    }
    out.append(System.lineSeparator());
    for (Label gold : LABELS) {
      out.append(String.format(Locale.ROOT, "%-24s", gold.code()));
      for (Label predicted : LABELS) {
        out.append(
            String.format(Locale.ROOT, " %22d", confusion[gold.ordinal()][predicted.ordinal()]));
      }
      out.append(System.lineSeparator());
    }
    out.append(String.format(Locale.ROOT, "%nMisclassified: %d%n", misses.size()));
    for (Miss miss : misses) {
      Classification predicted = miss.predicted();
      out.append(
          String.format(
              Locale.ROOT,
              "- line %d: \"%s\"%n    gold %s, predicted %s (%.2f)" + "%n    cues: %s%n",
              miss.gold().line(),
              miss.gold().goalText().replace('\n', ' '),
              miss.gold().label().code(),
              predicted.label().code(),
              predicted.confidence(),
              predicted.cues().isEmpty() ? "(none)" : predicted.cuesText()));
    }
    return out.toString();
  }
}
