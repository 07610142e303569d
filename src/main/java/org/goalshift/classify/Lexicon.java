package org.goalshift.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.goalshift.schema.Label;

/**
 * The classifier's rules as a researcher reads and edits them: a plain-text file of sections
 * (docs/classifier.md describes the format). Parsing checks every line, so a mistake is reported
 * with its file and line before any goal is classified. A Lexicon is small and immutable; Spark
 * jobs ship its {@link #source()} text and reparse it on each executor.
 */
public final class Lexicon {
  static final String BUILT_IN_RESOURCE = "/org/goalshift/classify/lexicon.txt";
  static final String NUMBER = "<n>";

  private final String origin;
  private final String source;
  private final List<Rule> rules;
  private final List<Rule> directionRules;
  private final List<Rule> structureRules;
  private final Map<List<String>, List<String>> aliases;
  private final Map<Label, List<String>> examples;
  private final Settings settings;

  /**
   * Numbers that tune the decision, from the [settings] section.
   *
   * @param minEvidence a framing needs at least this much weight, or the goal stays unclassified
   * @param concededWeight multiplier for cues conceded before "but" (and, for direction, after "so
   *     that")
   * @param turnedWeight multiplier for cues turned round by negation or contrast
   * @param maxGap most tokens a "..." gap may skip
   * @param directionMinEvidence approach or avoidance needs at least this much weight, or the goal
   *     has no direction
   * @param mixedMinEvidence both sides need at least this much weight for a goal to be mixed
   * @param mixedMinRatio and the weaker side at least this share of the stronger
   * @param settingWeight relationship-oriented weight of a wanted action done while a difficulty is
   *     there ("when the panic shows up, keep breathing")
   * @param replacementWeight relationship-oriented weight of a wanted action written in place of
   *     another ("text my sponsor instead of using")
   * @param learnedMinProbability the learned fallback labels an undecided goal only when it finds a
   *     framing at least this likely
   * @param learnedMinCount the learned fallback reads only words and word pairs that occur at least
   *     this often in the examples
   */
  record Settings(
      double minEvidence,
      double concededWeight,
      double turnedWeight,
      int maxGap,
      double directionMinEvidence,
      double mixedMinEvidence,
      double mixedMinRatio,
      double settingWeight,
      double replacementWeight,
      double learnedMinProbability,
      int learnedMinCount) {}

  Lexicon(
      String origin,
      String source,
      List<Rule> rules,
      List<Rule> directionRules,
      List<Rule> structureRules,
      Map<List<String>, List<String>> aliases,
      Map<Label, List<String>> examples,
      Settings settings) {
    this.origin = origin;
    this.source = source;
    this.rules = List.copyOf(rules);
    this.directionRules = List.copyOf(directionRules);
    this.structureRules = List.copyOf(structureRules);
    this.aliases = Map.copyOf(aliases);
    this.examples = Map.copyOf(examples);
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
    return new LexiconParser(text, origin).parse();
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
    return DigestUtils.sha256Hex(source);
  }

  /** Number of cue and operator lines of both dimensions, for logs and reports. */
  public int ruleCount() {
    return rules.size() + directionRules.size() + structureRules.size();
  }

  /**
   * The same lexicon with its direction sections left out: a classifier of the framing alone, the
   * baseline the classifier benchmark measures both dimensions against.
   */
  public Lexicon framingOnly() {
    return new Lexicon(
        origin, source, rules, List.of(), structureRules, aliases, examples, settings);
  }

  /** The framing rules. */
  List<Rule> rules() {
    return rules;
  }

  /** The framing's setting and difficulty rules, matched on their own (never hidden by cues). */
  List<Rule> structureRules() {
    return structureRules;
  }

  /** The direction rules; empty for a lexicon without direction sections. */
  List<Rule> directionRules() {
    return directionRules;
  }

  Map<List<String>, List<String>> aliases() {
    return aliases;
  }

  /** The labelled example goals the learned fallback is trained on, by label; may be empty. */
  Map<Label, List<String>> examples() {
    return examples;
  }

  Settings settings() {
    return settings;
  }
}
