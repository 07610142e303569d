package org.goalshift.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a redactor does on texts whose personal details are known ({@link RedactionGold}), so
 * that a clinic can check it on its own notes before trusting it.
 *
 * <ul>
 *   <li>A detail is <em>found</em> when no letter or digit of it survives, whatever placeholder
 *       replaced it; recall is found over all details, by the type the gold file gives.
 *   <li>A placeholder is <em>precise</em> when every letter and digit it replaced belongs to a gold
 *       detail; one that also took text that should stay is not. Precision is by placeholder type.
 *   <li>A look-alike is <em>kept</em> when the redacted text holds it as often as the ideal
 *       redaction does.
 * </ul>
 *
 * Every miss, lost look-alike and imprecise placeholder is listed with the redacted text and the
 * redactor's reasons for the words concerned.
 */
public final class RedactionEvaluation {
  /** The row of details the gold file gives no type. */
  static final String UNTYPED = "untyped";

  private static final String OVERALL = "overall";

  private final Redactor redactor;
  private final Map<String, Tally> recallByType = new LinkedHashMap<>();
  private final Map<String, Tally> precisionByType = new LinkedHashMap<>();
  private final Tally recall = new Tally();
  private final Tally precision = new Tally();
  private final Tally lookalikes = new Tally();
  private final List<String> missed = new ArrayList<>();
  private final List<String> lost = new ArrayList<>();
  private final List<String> imprecise = new ArrayList<>();
  private final List<String> unlocated = new ArrayList<>();
  private int texts;

  /** A count of successes out of a total. */
  static final class Tally {
    private int hits;
    private int total;

    void add(boolean hit) {
      hits += hit ? 1 : 0;
      total++;
    }

    int hits() {
      return hits;
    }

    int total() {
      return total;
    }

    double ratio() {
      return total == 0 ? Double.NaN : (double) hits / total;
    }
  }

  RedactionEvaluation(Collection<RedactionGold.Case> gold, Redactor redactor) {
    this.redactor = redactor;
    for (PiiType type : PiiType.values()) {
      recallByType.put(type.name(), new Tally());
      precisionByType.put(type.name(), new Tally());
    }
    recallByType.put(UNTYPED, new Tally());
    gold.forEach(this::score);
  }

  /**
   * Scores the standard redactor on a gold file.
   *
   * @throws IllegalArgumentException if the gold file cannot be read (see {@link
   *     RedactionGold#read})
   */
  public static RedactionEvaluation of(Path gold) {
    return new RedactionEvaluation(RedactionGold.read(gold), Redactor.standard());
  }

  private void score(RedactionGold.Case gold) {
    texts++;
    String text = gold.text();
    List<Span> spans = new ArrayList<>(redactor.spans(text).values());
    boolean[] redacted = new boolean[text.length()];
    boolean[] detail = new boolean[text.length()];
    spans.forEach(span -> mark(redacted, span));
    gold.details().forEach(d -> d.occurrences().forEach(span -> mark(detail, span)));
    String output = redactor.redact(text).text();

    for (RedactionGold.Detail d : gold.details()) {
      boolean found = d.occurrences().stream().allMatch(span -> gone(text, span, redacted));
      recall.add(found);
      recallByType.get(d.type() == null ? UNTYPED : d.type().name()).add(found);
      if (!found) {
        missed.add(
            report(
                gold,
                (d.type() == null ? UNTYPED : d.type().name()) + " '" + d.written() + "'",
                output,
                d.occurrences()));
      }
    }
    for (Span span : spans) {
      boolean precise = gone(text, span, detail);
      precision.add(precise);
      precisionByType.get(span.type().name()).add(precise);
      if (!precise) {
        imprecise.add(
            report(
                gold,
                span.type().placeholder()
                    + " over '"
                    + text.substring(span.start(), span.end())
                    + "'",
                output,
                List.of(span)));
      }
    }
    for (String lookalike : gold.lookalikes()) {
      boolean kept = occurrences(output, lookalike) >= occurrences(gold.ideal(), lookalike);
      lookalikes.add(kept);
      if (!kept) {
        lost.add(report(gold, "'" + lookalike + "'", output, spansOf(text, lookalike)));
      }
    }
    gold.unlocated()
        .forEach(
            entry -> unlocated.add("record " + gold.record() + ": '" + entry + "' in: " + text));
  }

  private static void mark(boolean[] marks, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      marks[i] = true;
    }
  }

  /** Whether every letter and digit of the span is marked. */
  private static boolean gone(String text, Span span, boolean[] marked) {
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i)) && !marked[i]) {
        return false;
      }
    }
    return true;
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static List<Span> spansOf(String text, String part) {
    List<Span> spans = new ArrayList<>();
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      spans.add(new Span(at, at + part.length(), PiiType.NAME));
    }
    return spans;
  }

  /** A listed problem: what, the text, the redacted text, and the reasons for the words in it. */
  private String report(RedactionGold.Case gold, String what, String output, List<Span> where) {
    StringBuilder line = new StringBuilder();
    line.append("record ").append(gold.record()).append(": ").append(what).append('\n');
    line.append("    text:   ").append(gold.text()).append('\n');
    line.append("    output: ").append(output).append('\n');
    for (Redactor.Reason reason : redactor.reasons(gold.text())) {
      if (where.stream().anyMatch(span -> reason.span().overlaps(span))) {
        line.append("    why:    ").append(reason.describe(gold.text())).append('\n');
      }
    }
    return line.toString();
  }

  Tally recall() {
    return recall;
  }

  Tally recall(String type) {
    return recallByType.get(type);
  }

  Tally precision() {
    return precision;
  }

  Tally lookalikes() {
    return lookalikes;
  }

  List<String> missed() {
    return List.copyOf(missed);
  }

  List<String> lost() {
    return List.copyOf(lost);
  }

  List<String> unlocated() {
    return List.copyOf(unlocated);
  }

  /** A plain-text report for a terminal. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Texts: %d   details: %d   placeholders: %d   look-alikes: %d%n%n",
            texts,
            recall.total(),
            precision.total(),
            lookalikes.total()));
    out.append(
        String.format(
            Locale.ROOT,
            "%-10s %8s %8s %7s   %12s %8s %9s%n",
            "type",
            "details",
            "found",
            "recall",
            "placeholders",
            "precise",
            "precision"));
    for (Map.Entry<String, Tally> row : recallByType.entrySet()) {
      Tally placed = precisionByType.getOrDefault(row.getKey(), new Tally());
      if (row.getValue().total() > 0 || placed.total() > 0) {
        out.append(line(row.getKey(), row.getValue(), placed));
      }
    }
    out.append(line(OVERALL, recall, precision));
    out.append(
        String.format(
            Locale.ROOT,
            "%nlook-alikes kept: %d/%d (%s)%n",
            lookalikes.hits(),
            lookalikes.total(),
            ratio(lookalikes.ratio())));
    section(out, "Missed details", missed);
    section(out, "Lost look-alikes", lost);
    section(out, "Placeholders over text that should stay", imprecise);
    section(out, "Details not found in their text (not scored)", unlocated);
    return out.toString();
  }

  private static String line(String type, Tally found, Tally placed) {
    return String.format(
        Locale.ROOT,
        "%-10s %8d %8d %7s   %12d %8d %9s%n",
        type,
        found.total(),
        found.hits(),
        ratio(found.ratio()),
        placed.total(),
        placed.hits(),
        ratio(placed.ratio()));
  }

  private static void section(StringBuilder out, String title, List<String> entries) {
    if (entries.isEmpty()) {
      return;
    }
    out.append(String.format(Locale.ROOT, "%n%s (%d):%n", title, entries.size()));
    entries.forEach(
        entry -> out.append("  ").append(entry).append(entry.endsWith("\n") ? "" : "\n"));
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
