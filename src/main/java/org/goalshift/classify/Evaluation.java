package org.goalshift.classify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.goalshift.schema.Columns;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;

/**
 * How well the classifier agrees with a gold file, on each dimension the file has gold for: the
 * framing ({@code label} column; macro-F1 over the two framings, kappa over all three labels) and
 * the direction ({@code direction} column; macro-F1 and kappa over all four directions). Small
 * enough to compute on the driver.
 */
public final class Evaluation {
  private final long total;
  private final Agreement<Label> framing;
  private final Agreement<Direction> direction;

  /**
   * A gold-labelled goal; {@code line} is where its record starts in the gold file (1 = header). A
   * gold file may give either dimension or both; the one it lacks is null.
   */
  public record GoldGoal(String goalText, Label label, Direction direction, long line) {
    public GoldGoal(String goalText, Label label, long line) {
      this(goalText, label, null, line);
    }
  }

  public Evaluation(List<GoldGoal> gold, GoalClassifier classifier) {
    boolean hasLabels = gold.stream().anyMatch(goal -> goal.label() != null);
    boolean hasDirections = gold.stream().anyMatch(goal -> goal.direction() != null);
    framing =
        hasLabels
            ? new Agreement<>(
                "Framing",
                List.of(Label.values()),
                List.of(Label.PERFORMANCE_TARGET, Label.RELATIONSHIP_ORIENTED),
                Label::code,
                Classification::cuesText,
                Classification::confidence)
            : null;
    direction =
        hasDirections
            ? new Agreement<>(
                "Direction",
                List.of(Direction.values()),
                List.of(Direction.values()),
                Direction::code,
                Classification::directionCuesText,
                Classification::directionConfidence)
            : null;
    for (GoldGoal goal : gold) {
      Classification predicted = classifier.classify(goal.goalText());
      if (framing != null) {
        framing.add(goal, goal.label(), predicted.label(), predicted);
      }
      if (direction != null) {
        direction.add(goal, goal.direction(), predicted.direction(), predicted);
      }
    }
    total = gold.size();
  }

  /**
   * Reads a gold CSV with a header that has goal_text and a label column, a direction column or
   * both (other columns are ignored). Quoted fields may span lines.
   */
  public static List<GoldGoal> readGold(Path csv) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      if (!header.contains(Columns.GOAL_TEXT)) {
        throw new IllegalArgumentException(
            "Gold file "
                + csv
                + " has no '"
                + Columns.GOAL_TEXT
                + "' column; its header is "
                + header);
      }
      boolean hasLabel = header.contains(Columns.LABEL);
      boolean hasDirection = header.contains(Columns.DIRECTION);
      if (!hasLabel && !hasDirection) {
        throw new IllegalArgumentException(
            "Gold file "
                + csv
                + " has no '"
                + Columns.LABEL
                + "' or '"
                + Columns.DIRECTION
                + "' column; its header is "
                + header);
      }
      List<GoldGoal> gold = new ArrayList<>();
      for (CSVRecord record : parser) {
        long line = startLine(record, parser);
        Label label = hasLabel ? gold(record, Columns.LABEL, Label::fromCode, csv, line) : null;
        Direction direction =
            hasDirection ? gold(record, Columns.DIRECTION, Direction::fromCode, csv, line) : null;
        String text = record.isSet(Columns.GOAL_TEXT) ? record.get(Columns.GOAL_TEXT) : "";
        gold.add(new GoldGoal(text, label, direction, line));
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

  private static <T> T gold(
      CSVRecord record, String column, Function<String, T> parse, Path csv, long line) {
    String code = record.isSet(column) ? record.get(column) : "";
    try {
      return parse.apply(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Gold file " + csv + " line " + line + ": " + e.getMessage(), e);
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

  /** The framing figures, when the gold file has a label column. */
  public Optional<Agreement<Label>> framing() {
    return Optional.ofNullable(framing);
  }

  /** The direction figures, when the gold file has a direction column. */
  public Optional<Agreement<Direction>> direction() {
    return Optional.ofNullable(direction);
  }

  /** A plain-text report for a terminal: each dimension the gold file has, framing first. */
  public String format() {
    StringBuilder out = new StringBuilder();
    framing().ifPresent(figures -> out.append(figures.format()));
    direction()
        .ifPresent(
            figures ->
                out.append(out.length() == 0 ? "" : System.lineSeparator())
                    .append(figures.format()));
    return out.toString();
  }
}
