package org.goalshift.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;

/**
 * Turns lexicon text into a {@link Lexicon}, checking every line: a mistake is reported with its
 * origin and line number, before any goal is classified. The section names and the settings'
 * defaults are defined here, as the format's grammar (docs/classifier.md describes it).
 */
final class LexiconParser {
  private static final String GAP = "...";

  private static final Map<String, Rule.Kind> OPERATOR_SECTIONS =
      Map.of(
          "reject", Rule.Kind.REJECT,
          "negate", Rule.Kind.NEGATE,
          "contrast", Rule.Kind.CONTRAST,
          "concession", Rule.Kind.CONCESSION,
          "resume", Rule.Kind.RESUME,
          "neutral", Rule.Kind.NEUTRAL);
  private static final Map<String, Label> CUE_SECTIONS =
      Map.of(
          "performance", Label.PERFORMANCE_TARGET,
          "relationship", Label.RELATIONSHIP_ORIENTED,
          "unclassified", Label.UNCLASSIFIED);
  private static final String END_STATE_FLAG = "end-state";

  /**
   * Sections of the framing's structure: "[setting]" opens a clause that sets the scene ("when",
   * "and still"), "[difficulty]" names an experience that can set it ("the panic", "the urge"), and
   * "[content]" cues open what a belief or lesson says ("learn that"), whose own cues are not the
   * goal's.
   */
  private static final Map<String, Rule.Kind> STRUCTURE_SECTIONS =
      Map.of("setting", Rule.Kind.SETTING, "difficulty", Rule.Kind.DIFFICULTY);

  private static final String CONTENT_SECTION = "content";

  /** "[topic]": unclassified cues that name a topic to talk about ("discuss", "talk about"). */
  private static final String TOPIC_SECTION = "topic";

  /** "[inquiry]": cues that count only with a difficulty close after them ("work out why"). */
  private static final String INQUIRY_SECTION = "inquiry";

  /**
   * "[examples performance]" and the like: labelled goals, one a line, that the learned fallback is
   * trained on.
   */
  private static final String EXAMPLES_SECTION = "examples";

  /** "[facing]": performance cues that end an escape, read with the action after them. */
  private static final String FACING_SECTION = "facing";

  /** Direction cue sections: evidence that counts as it stands. */
  private static final Map<String, Direction> DIRECTION_SECTIONS =
      Map.of(
          "approach", Direction.APPROACH,
          "avoidance", Direction.AVOIDANCE,
          "none", Direction.NONE);

  /** Direction cue sections whose evidence counts only once turned away. */
  private static final Map<String, Rule.Kind> TURNED_DIRECTION_SECTIONS =
      Map.of("problem", Rule.Kind.PROBLEM, "escape", Rule.Kind.ESCAPE);

  /** "[avoidance turning]": avoidance cues that also turn the next direction cue away. */
  private static final String TURNING_FLAG = "turning";

  /** "[direction reject]" and the like: the direction's own operators. */
  private static final String DIRECTION_PREFIX = "direction";

  private static final Map<String, Rule.Kind> DIRECTION_OPERATORS =
      Map.of(
          "reject", Rule.Kind.REJECT,
          "contrast", Rule.Kind.CONTRAST,
          "concession", Rule.Kind.CONCESSION,
          "resume", Rule.Kind.RESUME,
          "purpose", Rule.Kind.PURPOSE);

  private static final Map<String, Double> DEFAULT_SETTINGS = defaultSettings();

  private static Map<String, Double> defaultSettings() {
    Map<String, Double> defaults = new LinkedHashMap<>();
    defaults.put("min-evidence", 1.0);
    defaults.put("conceded-weight", 0.3);
    defaults.put("turned-weight", 0.8);
    defaults.put("max-gap", 4.0);
    defaults.put("direction-min-evidence", 1.5);
    defaults.put("mixed-min-evidence", 1.5);
    defaults.put("mixed-min-ratio", 0.3);
    defaults.put("setting-weight", 2.0);
    defaults.put("replacement-weight", 1.5);
    defaults.put("learned-min-probability", 0.95);
    defaults.put("learned-min-count", 2.0);
    return defaults;
  }

  private final String text;
  private final String origin;
  private final List<Rule> rules = new ArrayList<>();
  private final List<Rule> directionRules = new ArrayList<>();
  private final List<Rule> structureRules = new ArrayList<>();
  private final Map<List<String>, List<String>> aliases = new LinkedHashMap<>();
  private final Map<Label, List<String>> examples = new LinkedHashMap<>();
  private final Map<String, Double> settings = new LinkedHashMap<>();
  private final Set<String> seenPatterns = new HashSet<>();
  private int lineNumber;

  LexiconParser(String text, String origin) {
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
    return new Lexicon(
        origin, text, rules, directionRules, structureRules, aliases, examples, buildSettings());
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private String parseHeader(String line) {
    if (!line.endsWith("]")) {
      throw error("section header '" + line + "' must end with ']'");
    }
    String name =
        String.join(
            " ",
            line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT).split("\\s+"));
    String base = name.split(" ")[0];
    boolean known =
        base.equals("settings")
            || base.equals("aliases")
            || CUE_SECTIONS.containsKey(base)
            || OPERATOR_SECTIONS.containsKey(base)
            || DIRECTION_SECTIONS.containsKey(base)
            || TURNED_DIRECTION_SECTIONS.containsKey(base)
            || STRUCTURE_SECTIONS.containsKey(base)
            || base.equals(CONTENT_SECTION)
            || base.equals(TOPIC_SECTION)
            || base.equals(INQUIRY_SECTION)
            || base.equals(FACING_SECTION)
            || base.equals(EXAMPLES_SECTION)
            || base.equals(DIRECTION_PREFIX);
    if (!known) {
      throw error(
          "unknown section ["
              + name
              + "]; expected one of [settings], [aliases], "
              + "[performance], [relationship], [unclassified], [reject], [negate], [contrast], "
              + "[concession], [resume], [neutral], [setting], [difficulty], [inquiry], "
              + "[facing], "
              + "[content], [topic], "
              + "[approach], "
              + "[avoidance], [none], [problem], [escape], "
              + "[direction reject|contrast|resume|concession|purpose], "
              + "[examples performance|relationship|unclassified]");
    }
    String flags = name.substring(base.length()).strip();
    if (base.equals(EXAMPLES_SECTION)) {
      return requireFlag(
          name,
          CUE_SECTIONS.containsKey(flags),
          "names no label; expected [examples performance], [examples relationship] or "
              + "[examples unclassified]");
    }
    if (base.equals(DIRECTION_PREFIX)) {
      return requireFlag(
          name,
          DIRECTION_OPERATORS.containsKey(flags),
          "names no direction operator; expected [direction reject], [direction contrast], "
              + "[direction resume], [direction concession] or [direction purpose]");
    }
    if (base.equals("avoidance") && !flags.isEmpty()) {
      if (!flags.equals(TURNING_FLAG)) {
        throw error(
            "section ["
                + name
                + "] has an unknown flag '"
                + flags
                + "'; [avoidance] takes only"
                + " the flag '"
                + TURNING_FLAG
                + "'");
      }
      return name;
    }
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

  /** The section's name, if its flag is one its kind takes. */
  private String requireFlag(String name, boolean known, String complaint) {
    if (!known) {
      throw error("section [" + name + "] " + complaint);
    }
    return name;
  }

  private void parseLine(String section, String line) {
    String base = section.split(" ")[0];
    String flags = section.substring(base.length()).strip();
    switch (base) {
      case "settings" -> parseSetting(line);
      case "aliases" -> parseAlias(line);
      case CONTENT_SECTION ->
          rules.add(
              framingCue(
                  Rule.Kind.CONTENT, Label.RELATIONSHIP_ORIENTED, parseCue(line, rules), true));
      case TOPIC_SECTION ->
          rules.add(framingCue(Rule.Kind.TOPIC, Label.UNCLASSIFIED, parseCue(line, rules), true));
      case INQUIRY_SECTION ->
          structureRules.add(
              framingCue(
                  Rule.Kind.INQUIRY,
                  Label.RELATIONSHIP_ORIENTED,
                  parseCue(line, structureRules),
                  true));
      case FACING_SECTION ->
          rules.add(
              framingCue(Rule.Kind.FACING, Label.PERFORMANCE_TARGET, parseCue(line, rules), true));
      case DIRECTION_PREFIX ->
          directionRules.add(operator(DIRECTION_OPERATORS.get(flags), line, directionRules));
      case EXAMPLES_SECTION ->
          examples.computeIfAbsent(CUE_SECTIONS.get(flags), label -> new ArrayList<>()).add(line);
      default -> {
        if (CUE_SECTIONS.containsKey(base)) {
          rules.add(
              framingCue(
                  Rule.Kind.CUE,
                  CUE_SECTIONS.get(base),
                  parseCue(line, rules),
                  !flags.equals(END_STATE_FLAG)));
        } else if (DIRECTION_SECTIONS.containsKey(base)) {
          CueLine cue = parseCue(line, directionRules);
          boolean turning = flags.equals(TURNING_FLAG);
          directionRules.add(
              new Rule(
                  turning ? Rule.Kind.TURN : Rule.Kind.CUE,
                  null,
                  DIRECTION_SECTIONS.get(base),
                  cue.pattern,
                  cue.weight,
                  cue.meaning,
                  false,
                  lineNumber));
        } else if (TURNED_DIRECTION_SECTIONS.containsKey(base)) {
          CueLine cue = parseCue(line, directionRules);
          directionRules.add(
              new Rule(
                  TURNED_DIRECTION_SECTIONS.get(base),
                  null,
                  null,
                  cue.pattern,
                  cue.weight,
                  cue.meaning,
                  false,
                  lineNumber));
        } else if (STRUCTURE_SECTIONS.containsKey(base)) {
          structureRules.add(operator(STRUCTURE_SECTIONS.get(base), line, structureRules));
        } else {
          rules.add(operator(OPERATOR_SECTIONS.get(base), line, rules));
        }
      }
    }
  }

  /**
   * A framing cue line as a rule.
   *
   * @param flipsUnderNegation false for end-state cues, which a plain negation does not turn round
   */
  private Rule framingCue(Rule.Kind kind, Label framing, CueLine cue, boolean flipsUnderNegation) {
    return new Rule(
        kind, framing, null, cue.pattern, cue.weight, cue.meaning, flipsUnderNegation, lineNumber);
  }

  private Rule operator(Rule.Kind kind, String line, List<Rule> dimension) {
    return new Rule(kind, null, null, pattern(line, dimension), 0, "", false, lineNumber);
  }

  /** The fields of a cue line, checked. */
  private record CueLine(List<String> pattern, double weight, String meaning) {}

  private void parseSetting(String line) {
    String[] parts = line.split("=", -1);
    if (parts.length != 2) {
      throw error("a setting must look like 'name = number', got '" + line + "'");
    }
    String name = parts[0].strip();
    if (!DEFAULT_SETTINGS.containsKey(name)) {
      throw error(
          "unknown setting '"
              + name
              + "'; expected one of "
              + String.join(", ", DEFAULT_SETTINGS.keySet()));
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

  private CueLine parseCue(String line, List<Rule> dimension) {
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
    return new CueLine(pattern(fields[0], dimension), weight, meaning);
  }

  /** The phrase's pattern; a phrase may appear once per dimension. */
  private List<String> pattern(String phrase, List<Rule> dimension) {
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
    String name =
        dimension == rules ? "framing " : dimension == directionRules ? "direction " : "structure ";
    String key = name + String.join(" ", elements);
    if (!seenPatterns.add(key)) {
      throw error("phrase '" + phrase.strip() + "' appears twice in the lexicon");
    }
    return elements;
  }

  /** One written element: a word, "a|b|c" alternatives, a "prefix*", "<n>" or a "..." gap. */
  private List<String> patternElement(String element) {
    if (element.equals(GAP) || element.equals(Lexicon.NUMBER)) {
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

  private Lexicon.Settings buildSettings() {
    Map<String, Double> values = new LinkedHashMap<>(DEFAULT_SETTINGS);
    values.putAll(settings);
    return new Lexicon.Settings(
        values.get("min-evidence"),
        values.get("conceded-weight"),
        values.get("turned-weight"),
        values.get("max-gap").intValue(),
        values.get("direction-min-evidence"),
        values.get("mixed-min-evidence"),
        values.get("mixed-min-ratio"),
        values.get("setting-weight"),
        values.get("replacement-weight"),
        values.get("learned-min-probability"),
        values.get("learned-min-count").intValue());
  }

  private LexiconException error(String what) {
    return new LexiconException("Lexicon " + origin + " line " + lineNumber + ": " + what);
  }
}
