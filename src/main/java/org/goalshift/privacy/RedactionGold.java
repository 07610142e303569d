package org.goalshift.privacy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Texts whose personal details are known, for measuring a redactor. Two ways of writing them:
 *
 * <ul>
 *   <li>{@code text,expected[,lookalikes]}: the text as it should read after redaction, with a
 *       placeholder ({@code [NAME]}, {@code [PHONE]}, ...) where each detail stood;
 *   <li>{@code text,pii[,lookalikes]}: the details themselves, separated by {@code |}, each
 *       optionally typed as {@code NAME:Sarah Khan}.
 * </ul>
 *
 * {@code lookalikes} lists, separated by {@code |}, parts of the text that resemble a detail and
 * must be kept ("Hope", "by May", "PHQ-9 18").
 */
final class RedactionGold {
  static final String TEXT = "text";
  static final String EXPECTED = "expected";
  static final String PII = "pii";
  static final String LOOKALIKES = "lookalikes";

  private static final String SEPARATOR = "\\|";
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\[("
              + String.join("|", Arrays.stream(PiiType.values()).map(PiiType::name).toList())
              + ")\\]");

  /**
   * One detail: characters [start, end) of its text, of a type when the gold file says which. A
   * detail written more than once in its text (a name repeated) has a span for every occurrence.
   */
  record Detail(String written, PiiType type, List<Span> occurrences) {
    Detail {
      occurrences = List.copyOf(occurrences);
    }
  }

  /**
   * One gold text. {@code ideal} is the text as it should read after redaction; {@code unlocated}
   * lists details of the pii column that do not occur in the text, which cannot be scored.
   *
   * @param record the record's number in the file, 1 for the first after the header
   */
  record Case(
      long record,
      String text,
      String ideal,
      List<Detail> details,
      List<String> lookalikes,
      List<String> unlocated) {
    Case {
      details = List.copyOf(details);
      lookalikes = List.copyOf(lookalikes);
      unlocated = List.copyOf(unlocated);
    }
  }

  private RedactionGold() {}

  /**
   * Reads a gold CSV with a header (UTF-8, RFC 4180 quoting; other columns are ignored).
   *
   * @throws IllegalArgumentException if the file cannot be read, lacks the columns, holds no text,
   *     or an expected text does not line up with its original
   */
  static List<Case> read(Path csv) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      Map<String, Integer> header = parser.getHeaderMap();
      boolean expectedForm = header.containsKey(EXPECTED);
      if (!header.containsKey(TEXT) || !(expectedForm || header.containsKey(PII))) {
        throw new IllegalArgumentException(
            "Gold file "
                + csv
                + " needs the columns text,expected or text,pii (and optionally lookalikes);"
                + " its header is "
                + parser.getHeaderNames());
      }
      List<Case> cases = new ArrayList<>();
      for (CSVRecord row : parser) {
        String text = value(row, TEXT);
        List<String> lookalikes = split(value(row, LOOKALIKES));
        try {
          cases.add(
              expectedForm
                  ? fromExpected(row.getRecordNumber(), text, value(row, EXPECTED), lookalikes)
                  : fromPii(row.getRecordNumber(), text, split(value(row, PII)), lookalikes));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "Gold file " + csv + " record " + row.getRecordNumber() + ": " + e.getMessage(), e);
        }
      }
      if (cases.isEmpty()) {
        throw new IllegalArgumentException("Gold file " + csv + " has a header but no texts");
      }
      return cases;
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("Gold file " + csv + " does not exist", e);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("Cannot read gold file " + csv + ": " + e.getMessage(), e);
    }
  }

  private static String value(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column) : "";
  }

  private static List<String> split(String joined) {
    return joined.isBlank()
        ? List.of()
        : Arrays.stream(joined.split(SEPARATOR)).filter(part -> !part.isBlank()).toList();
  }

  /**
   * Where each placeholder of the expected text stands in the original: the literal pieces between
   * placeholders are matched in order and each placeholder takes what lies between them.
   */
  static Case fromExpected(long record, String text, String expected, List<String> lookalikes) {
    StringBuilder alignment = new StringBuilder();
    List<PiiType> types = new ArrayList<>();
    Matcher placeholder = PLACEHOLDER.matcher(expected);
    int literalStart = 0;
    while (placeholder.find()) {
      alignment.append(Pattern.quote(expected.substring(literalStart, placeholder.start())));
      alignment.append("(.+?)");
      types.add(PiiType.valueOf(placeholder.group(1)));
      literalStart = placeholder.end();
    }
    alignment.append(Pattern.quote(expected.substring(literalStart)));
    Matcher aligned = Pattern.compile(alignment.toString(), Pattern.DOTALL).matcher(text);
    if (!aligned.matches()) {
      throw new IllegalArgumentException(
          "the expected text does not line up with the text: '" + expected + "'");
    }
    List<Detail> details = new ArrayList<>();
    for (int group = 1; group <= types.size(); group++) {
      PiiType type = types.get(group - 1);
      details.add(
          new Detail(
              aligned.group(group),
              type,
              List.of(new Span(aligned.start(group), aligned.end(group), type))));
    }
    return new Case(record, text, expected, details, lookalikes, List.of());
  }

  /**
   * Each detail is found in the text as written, or else ignoring case; every occurrence of it
   * counts, since a name left anywhere in the text is a name kept.
   */
  static Case fromPii(long record, String text, List<String> pii, List<String> lookalikes) {
    List<Detail> details = new ArrayList<>();
    List<String> unlocated = new ArrayList<>();
    for (String entry : pii) {
      PiiType type = typeOf(entry);
      String written = (type == null ? entry : entry.substring(entry.indexOf(':') + 1)).strip();
      List<Span> occurrences = occurrences(text, written, type);
      if (occurrences.isEmpty()) {
        occurrences =
            occurrences(text.toLowerCase(Locale.ROOT), written.toLowerCase(Locale.ROOT), type);
      }
      if (occurrences.isEmpty()) {
        unlocated.add(entry);
      } else {
        details.add(new Detail(written, type, occurrences));
      }
    }
    return new Case(record, text, ideal(text, details), details, lookalikes, unlocated);
  }

  /** The type named before the first colon, if it names one: "PHONE:07700 900123". */
  private static PiiType typeOf(String entry) {
    int colon = entry.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String prefix = entry.substring(0, colon).strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(PiiType.values())
        .filter(type -> type.name().equals(prefix))
        .findFirst()
        .orElse(null);
  }

  private static List<Span> occurrences(String text, String part, PiiType type) {
    List<Span> spans = new ArrayList<>();
    if (part.isEmpty()) {
      return spans;
    }
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      spans.add(new Span(at, at + part.length(), type == null ? PiiType.NAME : type));
    }
    return spans;
  }

  /** The text with every occurrence of every detail replaced, for counting look-alikes in. */
  private static String ideal(String text, List<Detail> details) {
    boolean[] removed = new boolean[text.length()];
    for (Detail detail : details) {
      for (Span span : detail.occurrences()) {
        Arrays.fill(removed, span.start(), span.end(), true);
      }
    }
    StringBuilder ideal = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!removed[i]) {
        ideal.append(text.charAt(i));
      } else if (i == 0 || !removed[i - 1]) {
        ideal.append("[]");
      }
    }
    return ideal.toString();
  }
}
