package org.goalshift.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goalshift.schema.Label;

/**
 * The classifier's rules as a researcher reads and edits them: a plain-text file of sections
 * (docs/classifier.md describes the format). Parsing checks every line, so a mistake is reported
 * with its file and line before any goal is classified. A Lexicon is small and immutable; Spark
 * jobs ship its {@link #source()} text and reparse it on each executor.
 */
public final class Lexicon {
  static final String BUILT_IN_RESOURCE = "/org/goalshift/classify/lexicon.txt";
  private static final String GAP = "...";
  static final String NUMBER = "<n>";

  private static final Map<String, Rule.Kind> OPERATOR_SECTIONS =
      Map.of(
          "reject", Rule.Kind.REJECT,
          "negate", Rule.Kind.NEGATE,
          "contrast", Rule.Kind.CONTRAST,
          "concession", Rule.Kind.CONCESSION,
          "resume", Rule.Kind.RESUME);
  private static final Map<String, Label> CUE_SECTIONS =
      Map.of(
          "performance", Label.PERFORMANCE_TARGET,
          "relationship", Label.RELATIONSHIP_ORIENTED,
          "unclassified", Label.UNCLASSIFIED);
  private static final String END_STATE_FLAG = "end-state";

  private final String origin;
  private final String source;
  private final List<Rule> rules;
  private final Map<List<String>, List<String>> aliases;
  private final Settings settings;

  /**
   * Numbers that tune the decision, from the [settings] section.
   *
   * @param minEvidence a framing needs at least this much weight, or the goal stays unclassified
   * @param concededWeight multiplier for cues conceded before "but"
   * @param turnedWeight multiplier for cues turned round by negation or contrast
   * @param maxGap most tokens a "..." gap may skip
   */
  record Settings(double minEvidence, double concededWeight, double turnedWeight, int maxGap) {}

  private Lexicon(
      String origin,
      String source,
      List<Rule> rules,
      Map<List<String>, List<String>> aliases,
      Settings settings) {
    this.origin = origin;
    this.source = source;
    this.rules = List.copyOf(rules);
    this.aliases = Map.copyOf(aliases);
    this.settings = settings;
  }

  /** The lexicon shipped in the jar. */
  public static Lexicon builtIn() {
    try (InputStream in = Lexicon.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
      if (in == null) {
        throw new LexiconException(
            "Built-in lexicon " + BUILT_IN_RESOURCE + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in lexicon");
    } catch (IOException e) {
      throw new LexiconException("Cannot read built-in lexicon " + BUILT_IN_RESOURCE, e);
    }
  }

  /** Reads a researcher's lexicon file (UTF-8; a byte-order mark left by an editor is skipped). */
  public static Lexicon load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LexiconException("Cannot read lexicon file " + file + ": " + e.getMessage(), e);
    }
    return parse(text.startsWith("\uFEFF") ? text.substring(1) : text, file.toString());
  }

  /**
   * Parses lexicon text.
   *
   * @param origin where the text came from, used in error messages
   */
  public static Lexicon parse(String text, String origin) {
    return new Parser(text, origin).parse();
  }

  /** The exact text the lexicon was parsed from; reparsing it gives an equal lexicon. */
  public String source() {
    return source;
  }

  /** Where the lexicon came from (a file path or "built-in lexicon"). */
  public String origin() {
    return origin;
  }

  /** SHA-256 of the source text: equal for equal content, whatever the file is called. */
  public String fingerprint() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }

  /** Number of cue and operator lines, for logs and reports. */
  public int ruleCount() {
    return rules.size();
  }

  List<Rule> rules() {
    return rules;
  }

  Map<List<String>, List<String>> aliases() {
    return aliases;
  }

  Settings settings() {
    return settings;
  }

  private static final class Parser {
    private final String text;
    private final String origin;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<List<String>, List<String>> aliases = new LinkedHashMap<>();
    private final Map<String, Double> settings = new LinkedHashMap<>();
    private final Set<String> seenPatterns = new HashSet<>();
    private int lineNumber;

    Parser(String text, String origin) {
      this.text = text;
      this.origin = origin;
    }

    Lexicon parse() {
      String section = null;
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        lineNumber = i + 1;
        String line = stripComment(lines[i]).strip();
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("[")) {
          section = parseHeader(line);
          continue;
        }
        if (section == null) {
          throw error("a rule comes before any [section] header");
        }
        parseLine(section, line);
      }
      if (rules.stream().noneMatch(Rule::isCue)) {
        throw new LexiconException(
            "Lexicon " + origin + " has no cues: add a [performance] or [relationship] section");
      }
      return new Lexicon(origin, text, rules, aliases, buildSettings());
    }

    private static String stripComment(String line) {
      int hash = line.indexOf('#');
      return hash < 0 ? line : line.substring(0, hash);
    }

    private String parseHeader(String line) {
      if (!line.endsWith("]")) {
        throw error("section header '" + line + "' must end with ']'");
      }
      String name = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
      String base = name.split("\\s+")[0];
      boolean known =
          base.equals("settings")
              || base.equals("aliases")
              || CUE_SECTIONS.containsKey(base)
              || OPERATOR_SECTIONS.containsKey(base);
      if (!known) {
        throw error(
            "unknown section ["
                + name
                + "]; expected one of [settings], [aliases], "
                + "[performance], [relationship], [unclassified], [reject], [negate], [contrast], "
                + "[concession], [resume]");
      }
      String flags = name.substring(base.length()).strip();
      if (!flags.isEmpty() && !(CUE_SECTIONS.containsKey(base) && flags.equals(END_STATE_FLAG))) {
        throw error(
            "section ["
                + name
                + "] has an unknown flag '"
                + flags
                + "'; only cue sections take the flag '"
                + END_STATE_FLAG
                + "'");
      }
      return name;
    }

    private void parseLine(String section, String line) {
      String base = section.split("\\s+")[0];
      switch (base) {
        case "settings" -> parseSetting(line);
        case "aliases" -> parseAlias(line);
        default -> {
          if (CUE_SECTIONS.containsKey(base)) {
            parseCue(CUE_SECTIONS.get(base), !section.endsWith(END_STATE_FLAG), line);
          } else {
            rules.add(
                new Rule(
                    OPERATOR_SECTIONS.get(base), null, pattern(line), 0, "", false, lineNumber));
          }
        }
      }
    }

    private void parseSetting(String line) {
      String[] parts = line.split("=", -1);
      if (parts.length != 2) {
        throw error("a setting must look like 'name = number', got '" + line + "'");
      }
      String name = parts[0].strip();
      if (!List.of("min-evidence", "conceded-weight", "turned-weight", "max-gap").contains(name)) {
        throw error(
            "unknown setting '"
                + name
                + "'; expected min-evidence, conceded-weight, turned-weight or max-gap");
      }
      settings.put(name, number(parts[1].strip(), "setting " + name));
    }

    private void parseAlias(String line) {
      String[] parts = line.split("=", -1);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw error("an alias must look like 'variant = replacement', got '" + line + "'");
      }
      List<String> variant = literalTokens(parts[0]);
      List<String> replacement = literalTokens(parts[1]);
      if (aliases.put(variant, replacement) != null) {
        throw error("alias '" + parts[0].strip() + "' is defined twice");
      }
    }

    private void parseCue(Label framing, boolean flipsUnderNegation, String line) {
      String[] fields = line.split("\\s+\\|\\s*|\\s*\\|\\s+", -1);
      if (fields.length != 3) {
        throw error(
            "a cue must have three fields 'phrase | weight | meaning' (a '|' with spaces "
                + "around it separates fields), got "
                + fields.length
                + " in '"
                + line
                + "'");
      }
      String meaning = fields[2].strip();
      if (meaning.isEmpty()) {
        throw error("cue '" + fields[0].strip() + "' has no meaning; write what it counts for");
      }
      double weight = number(fields[1].strip(), "weight");
      if (weight <= 0) {
        throw error("weight must be positive, got " + fields[1].strip());
      }
      rules.add(
          new Rule(
              Rule.Kind.CUE,
              framing,
              pattern(fields[0]),
              weight,
              meaning,
              flipsUnderNegation,
              lineNumber));
    }

    private List<String> pattern(String phrase) {
      List<String> elements = new ArrayList<>();
      for (String element : phrase.strip().split("\\s+")) {
        elements.addAll(patternElement(element));
      }
      if (elements.isEmpty()) {
        throw error("empty phrase");
      }
      if (elements.get(0).equals(GAP) || elements.get(elements.size() - 1).equals(GAP)) {
        throw error("'...' must stand between two words, in '" + phrase.strip() + "'");
      }
      if (!seenPatterns.add(String.join(" ", elements))) {
        throw error("phrase '" + phrase.strip() + "' appears twice in the lexicon");
      }
      return elements;
    }

    /** One written element: a word, "a|b|c" alternatives, a "prefix*", "<n>" or a "..." gap. */
    private List<String> patternElement(String element) {
      if (element.equals(GAP) || element.equals(NUMBER)) {
        return List.of(element);
      }
      if (element.contains("|")) {
        List<String> alternatives = new ArrayList<>();
        for (String alternative : element.split("\\|", -1)) {
          if (alternative.isEmpty()) {
            throw error("empty alternative in '" + element + "'");
          }
          List<String> tokens = patternElement(alternative);
          if (tokens.size() != 1) {
            throw error(
                "alternative '" + alternative + "' in '" + element + "' must be a single word");
          }
          alternatives.add(tokens.get(0));
        }
        return List.of(String.join("|", alternatives));
      }
      if (element.endsWith("*")) {
        List<String> stem = literalTokens(element.substring(0, element.length() - 1));
        if (stem.size() != 1) {
          throw error("'" + element + "' must be one word followed by '*'");
        }
        return List.of(stem.get(0) + "*");
      }
      if (element.contains("*") || element.contains("<") || element.contains(">")) {
        throw error(
            "cannot read '"
                + element
                + "': '*' goes at the end of a word and '<n>' "
                + "stands alone");
      }
      return literalTokens(element);
    }

    private List<String> literalTokens(String phrase) {
      List<String> tokens =
          Tokenizer.tokenize(phrase).stream().map(Token::text).collect(Collectors.toList());
      if (tokens.isEmpty()) {
        throw error("'" + phrase.strip() + "' contains no words");
      }
      return tokens;
    }

    private double number(String value, String what) {
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw error(what + " must be a number, got '" + value + "'");
      }
    }

    private Settings buildSettings() {
      return new Settings(
          settings.getOrDefault("min-evidence", 1.0),
          settings.getOrDefault("conceded-weight", 0.3),
          settings.getOrDefault("turned-weight", 0.8),
          settings.getOrDefault("max-gap", 4.0).intValue());
    }

    private LexiconException error(String what) {
      return new LexiconException("Lexicon " + origin + " line " + lineNumber + ": " + what);
    }
  }
}
