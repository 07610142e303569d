package org.goalshift.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.goalshift.schema.Label;

/**
 * Labels goal texts with the rules of one {@link Lexicon}. The lexicon is compiled once into two
 * token tries (aliases, then cues and operators) and a typo table; {@link #classify} then makes a
 * few linear passes over the text's tokens. Instances are safe to share between threads: the
 * compiled rules are immutable and the only mutable part is a concurrent memo of typo look-ups.
 */
public final class GoalClassifier {
  /** Typos are only corrected on words this long: short words have too many near neighbours. */
  private static final int MIN_TYPO_LENGTH = 6;

  /** Stems of "word*" elements must be this long to be typo targets ("notic*" is). */
  private static final int MIN_TYPO_STEM = 5;

  private static final String AMBIGUOUS = "";

  /**
   * Goal texts reuse a small vocabulary, so typo look-ups are remembered, up to this many words.
   */
  private static final int MAX_REMEMBERED_WORDS = 100_000;

  private final Lexicon.Settings settings;
  private final List<Rule> rules;
  private final PhraseTrie<List<String>> aliasTrie = new PhraseTrie<>();
  private final PhraseTrie<RulePart> ruleTrie = new PhraseTrie<>();
  private final Set<String> vocabulary = new HashSet<>();
  private final Set<String> stems = new HashSet<>();
  private final Map<String, String> wordByDeletion = new HashMap<>();
  private final Map<String, String> correctionByWord = new ConcurrentHashMap<>();

  /** A contiguous piece of a rule's pattern; patterns with "..." gaps have several. */
  private record RulePart(int rule, int part, int parts) {}

  private record Match(Rule rule, int start, int end, String phrase) {}

  public GoalClassifier(Lexicon lexicon) {
    this.settings = lexicon.settings();
    this.rules = lexicon.rules();
    lexicon.aliases().forEach(aliasTrie::add);
    for (int r = 0; r < rules.size(); r++) {
      List<List<String>> parts = splitAtGaps(rules.get(r).pattern());
      for (int p = 0; p < parts.size(); p++) {
        ruleTrie.add(parts.get(p), new RulePart(r, p, parts.size()));
        parts.get(p).forEach(this::addToVocabulary);
      }
    }
  }

  private static List<List<String>> splitAtGaps(List<String> pattern) {
    List<List<String>> parts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String element : pattern) {
      if (element.equals("...")) {
        parts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(element);
      }
    }
    parts.add(current);
    return parts;
  }

  /**
   * Literal lexicon words become typo targets ("realtionship" is read as "relationship"), and so do
   * the stems of "word*" elements ("acepting" is read as "accepting").
   */
  private void addToVocabulary(String element) {
    for (String word : element.split("\\|")) {
      if (word.endsWith("*") && word.length() > MIN_TYPO_STEM) {
        stems.add(word.substring(0, word.length() - 1));
      }
      if (word.length() < MIN_TYPO_LENGTH || word.endsWith("*") || word.equals(Lexicon.NUMBER)) {
        continue;
      }
      vocabulary.add(word);
      for (int i = 0; i < word.length(); i++) {
        String deletion = word.substring(0, i) + word.substring(i + 1);
        String previous = wordByDeletion.putIfAbsent(deletion, word);
        if (previous != null && !previous.equals(word)) {
          wordByDeletion.put(deletion, AMBIGUOUS);
        }
      }
    }
  }

  public Classification classify(String goalText) {
    if (goalText == null || goalText.isBlank()) {
      return new Classification(Label.UNCLASSIFIED, List.of(), 1.0);
    }
    List<Token> tokens = correctTypos(applyAliases(Tokenizer.tokenize(goalText)));
    List<Match> matches = match(tokens);
    return decide(weighCues(tokens, matches));
  }

  private List<Token> applyAliases(List<Token> tokens) {
    List<Token> result = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      LongestAlias longest = new LongestAlias(i);
      aliasTrie.matchAt(tokens, i, longest);
      Token first = tokens.get(i);
      if (longest.replacement == null) {
        result.add(first);
        i++;
      } else {
        for (String word : longest.replacement) {
          result.add(new Token(word, false, first.sentence(), first.clause()));
        }
        i = longest.end;
      }
    }
    return result;
  }

  private static final class LongestAlias implements PhraseTrie.Hit<List<String>> {
    int end;
    List<String> replacement;

    LongestAlias(int start) {
      this.end = start;
    }

    @Override
    public void found(List<String> payload, int matchEnd) {
      if (matchEnd > end) {
        end = matchEnd;
        replacement = payload;
      }
    }
  }

  private List<Token> correctTypos(List<Token> tokens) {
    List<Token> result = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      String corrected = token.number() ? null : rememberedCorrection(token.text());
      result.add(
          corrected == null
              ? token
              : new Token(corrected, false, token.sentence(), token.clause()));
    }
    return result;
  }

  /** The typo correction of a word, or null; the empty string stands for "none" in the memo. */
  private String rememberedCorrection(String word) {
    String remembered = correctionByWord.get(word);
    if (remembered == null) {
      String nearest = nearestLexiconWord(word);
      remembered = nearest == null ? "" : nearest;
      if (correctionByWord.size() < MAX_REMEMBERED_WORDS) {
        correctionByWord.put(word, remembered);
      }
    }
    return remembered.isEmpty() ? null : remembered;
  }

  /**
   * A lexicon word one missing letter, one extra letter or one swap of neighbours away, unless the
   * word is simply an inflection of it ("manager" is not a typo of "manage") or the correction is
   * ambiguous. Substitutions are not corrected: too many real words are one letter from a lexicon
   * word ("during" and "curing", "reacting" and "relating").
   */
  private String nearestLexiconWord(String word) {
    if (word.length() < MIN_TYPO_LENGTH || vocabulary.contains(word)) {
      return null;
    }
    String candidate = wordByDeletion.get(word);
    for (int i = 0; candidate == null && i < word.length(); i++) {
      String deletion = word.substring(0, i) + word.substring(i + 1);
      candidate = vocabulary.contains(deletion) ? deletion : null;
    }
    for (int i = 0; candidate == null && i + 1 < word.length(); i++) {
      String swapped =
          word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
      candidate = vocabulary.contains(swapped) ? swapped : null;
    }
    if (candidate == null
        || candidate.equals(AMBIGUOUS)
        || candidate.startsWith(word)
        || word.startsWith(candidate)) {
      return nearestStemmedWord(word);
    }
    return candidate;
  }

  /**
   * The word with a typo inside the stem of a "word*" element mended: one missing, extra or swapped
   * letter before the stem's last letter ("acepting" -> "accepting", "tolreating" -> "tolerating").
   * The stem's last letter must stay in place, so "notion" is not "notic" + "on".
   */
  private String nearestStemmedWord(String word) {
    for (String stem : stems) {
      if (word.startsWith(stem)) {
        return null;
      }
    }
    for (String stem : stems) {
      char last = stem.charAt(stem.length() - 1);
      for (int length = stem.length() - 1; length <= stem.length() + 1; length++) {
        if (length > word.length() || word.charAt(length - 1) != last) {
          continue;
        }
        if (oneEditApart(word.substring(0, length), stem)) {
          return stem + word.substring(length);
        }
      }
    }
    return null;
  }

  /** One deletion, insertion or swap of neighbours turns one into the other (equal is not). */
  private static boolean oneEditApart(String typed, String stem) {
    int difference = typed.length() - stem.length();
    String longer = difference >= 0 ? typed : stem;
    String shorter = difference >= 0 ? stem : typed;
    int at = 0;
    while (at < shorter.length() && shorter.charAt(at) == longer.charAt(at)) {
      at++;
    }
    if (difference != 0) {
      return longer.substring(at + 1).equals(shorter.substring(at));
    }
    return at + 1 < typed.length()
        && typed.charAt(at) == stem.charAt(at + 1)
        && typed.charAt(at + 1) == stem.charAt(at)
        && typed.substring(at + 2).equals(stem.substring(at + 2));
  }

  /**
   * Finds cues and operators. Contiguous phrases do not overlap: the longest phrase at a position
   * wins ("no more than 14" is a limit, not "no more"), and a phrase gives way to a longer or
   * equally long but weightier one starting inside it ("to stop feeling" is "stop feeling"). The
   * parts of a gapped phrase ("never ... again") are tracked separately so they can span other
   * matches.
   */
  private List<Match> match(List<Token> tokens) {
    int size = tokens.size();
    Rule[] longestRule = new Rule[size];
    int[] longestEnd = new int[size];
    List<Match> matches = new ArrayList<>();
    Map<Integer, int[]> gapProgress = new HashMap<>();
    for (int start = 0; start < size; start++) {
      final int from = start;
      ruleTrie.matchAt(
          tokens,
          start,
          (part, end) -> {
            Rule rule = rules.get(part.rule());
            if (part.parts() > 1) {
              trackGap(tokens, part, from, end, gapProgress, matches);
            } else if (longestRule[from] == null
                || end > longestEnd[from]
                || (end == longestEnd[from] && rule.weight() > longestRule[from].weight())) {
              longestRule[from] = rule;
              longestEnd[from] = end;
            }
          });
    }
    int start = 0;
    while (start < size) {
      if (longestRule[start] == null || longerMatchInside(longestRule, longestEnd, start)) {
        start++;
        continue;
      }
      int end = longestEnd[start];
      matches.add(new Match(longestRule[start], start, end, phrase(tokens, start, end)));
      start = end;
    }
    matches.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return matches;
  }

  private static boolean longerMatchInside(Rule[] longestRule, int[] longestEnd, int start) {
    int length = longestEnd[start] - start;
    for (int inner = start + 1; inner < longestEnd[start]; inner++) {
      if (longestRule[inner] == null) {
        continue;
      }
      int innerLength = longestEnd[inner] - inner;
      if (innerLength > length
          || (innerLength == length && longestRule[inner].weight() > longestRule[start].weight())) {
        return true;
      }
    }
    return false;
  }

  /** progress = {first part's start, last matched part, its end, sentence}. */
  private void trackGap(
      List<Token> tokens,
      RulePart part,
      int start,
      int end,
      Map<Integer, int[]> gapProgress,
      List<Match> matches) {
    int sentence = tokens.get(start).sentence();
    if (part.part() == 0) {
      gapProgress.put(part.rule(), new int[] {start, 0, end, sentence});
      return;
    }
    int[] progress = gapProgress.get(part.rule());
    boolean continues =
        progress != null
            && progress[1] == part.part() - 1
            && progress[3] == sentence
            && start >= progress[2]
            && start - progress[2] <= settings.maxGap();
    if (!continues) {
      return;
    }
    if (part.part() == part.parts() - 1) {
      Rule rule = rules.get(part.rule());
      String phrase =
          phrase(tokens, progress[0], progress[2]) + " ... " + phrase(tokens, start, end);
      matches.add(new Match(rule, progress[0], end, phrase));
      gapProgress.remove(part.rule());
    } else {
      progress[1] = part.part();
      progress[2] = end;
    }
  }

  private static String phrase(List<Token> tokens, int start, int end) {
    StringBuilder text = new StringBuilder();
    for (int i = start; i < end; i++) {
      String word = tokens.get(i).text();
      boolean glue =
          word.equals("/")
              || word.equals("%")
              || (i > start && tokens.get(i - 1).text().equals("/"));
      if (i > start && !glue) {
        text.append(' ');
      }
      text.append(word);
    }
    return text.toString();
  }

  /** Applies negation, contrast and concession to the matched cues, then weighs each one. */
  private List<Cue> weighCues(List<Token> tokens, List<Match> matches) {
    int count = matches.size();
    String[] turnedBy = new String[count];
    String[] concededBefore = new String[count];
    for (int o = 0; o < count; o++) {
      Match operator = matches.get(o);
      Rule.Kind kind = operator.rule().kind();
      if (kind == Rule.Kind.CUE || kind == Rule.Kind.RESUME) {
        continue;
      }
      int clause = tokens.get(operator.end() - 1).clause();
      int scopeEnd = scopeEnd(tokens, matches, o, clause);
      int sentence = tokens.get(operator.start()).sentence();
      scope:
      for (int c = 0; c < count; c++) {
        Match cue = matches.get(c);
        if (!cue.rule().isCue() || cue.rule().framing() == Label.UNCLASSIFIED) {
          continue;
        }
        boolean after =
            cue.start() >= operator.end()
                && cue.start() < scopeEnd
                && tokens.get(cue.start()).clause() == clause;
        switch (kind) {
          case REJECT, CONTRAST -> {
            if (after && turnedBy[c] == null) {
              turnedBy[c] = operator.phrase();
            }
          }
          case NEGATE -> {
            if (after && cue.start() - operator.end() <= settings.maxGap()) {
              if (cue.rule().flipsUnderNegation() && turnedBy[c] == null) {
                turnedBy[c] = operator.phrase();
              }
              break scope; // Plain negation scopes only the first cue after it.
            }
          }
          case CONCESSION -> {
            if (cue.end() <= operator.start() && tokens.get(cue.start()).sentence() == sentence) {
              concededBefore[c] = operator.phrase();
            }
          }
          default -> throw new IllegalStateException("Unexpected operator " + kind);
        }
      }
    }
    List<Cue> cues = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      Match match = matches.get(c);
      Rule rule = match.rule();
      if (!rule.isCue()) {
        continue;
      }
      Label framing = rule.framing();
      double weight = rule.weight();
      String meaning = rule.meaning();
      if (turnedBy[c] != null) {
        framing = opposite(framing);
        weight *= settings.turnedWeight();
        meaning += " (turned round by '" + turnedBy[c] + "': counts as " + plainName(framing) + ")";
      }
      if (concededBefore[c] != null) {
        weight *= settings.concededWeight();
        meaning += " (conceded before '" + concededBefore[c] + "': counts less)";
      }
      cues.add(new Cue(match.phrase(), meaning, framing, weight));
    }
    return cues;
  }

  /**
   * A reject or contrast reaches to the end of its clause, to the writer's next "I want", or to a
   * "but" ("not trying to get rid of it but to make space for it").
   */
  private static int scopeEnd(List<Token> tokens, List<Match> matches, int operator, int clause) {
    for (int m = operator + 1; m < matches.size(); m++) {
      Match match = matches.get(m);
      boolean ends =
          match.rule().kind() == Rule.Kind.RESUME || match.rule().kind() == Rule.Kind.CONCESSION;
      if (ends && tokens.get(match.start()).clause() == clause) {
        return match.start();
      }
    }
    return tokens.size();
  }

  private static Label opposite(Label framing) {
    return framing == Label.PERFORMANCE_TARGET
        ? Label.RELATIONSHIP_ORIENTED
        : Label.PERFORMANCE_TARGET;
  }

  private static String plainName(Label framing) {
    return framing == Label.PERFORMANCE_TARGET ? "performance target" : "relationship-oriented";
  }

  /**
   * The framing with more evidence wins if it has at least min-evidence and outweighs any
   * administrative or exploratory cues; on a tie, the framing of the last cue (the writer's final
   * word) wins. Confidence is the winner's share of the framing evidence, damped when the evidence
   * is thin.
   */
  private Classification decide(List<Cue> cues) {
    double performance = 0;
    double relationship = 0;
    double neither = 0;
    Label last = null;
    for (Cue cue : cues) {
      switch (cue.framing()) {
        case PERFORMANCE_TARGET -> performance += cue.weight();
        case RELATIONSHIP_ORIENTED -> relationship += cue.weight();
        case UNCLASSIFIED -> neither += cue.weight();
      }
      if (cue.framing() != Label.UNCLASSIFIED) {
        last = cue.framing();
      }
    }
    double winner = Math.max(performance, relationship);
    if (winner < settings.minEvidence() || neither >= winner) {
      double confidence = cues.isEmpty() ? 0.9 : neither >= winner && neither > 0 ? 0.8 : 0.6;
      return new Classification(Label.UNCLASSIFIED, cues, confidence);
    }
    Label label =
        performance > relationship
            ? Label.PERFORMANCE_TARGET
            : relationship > performance ? Label.RELATIONSHIP_ORIENTED : last;
    double share = winner / (performance + relationship + neither);
    double strength = 1 - Math.exp(-winner / 1.5);
    return new Classification(label, cues, Math.round(share * strength * 100) / 100.0);
  }
}
