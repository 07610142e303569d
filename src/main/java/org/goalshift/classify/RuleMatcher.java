package org.goalshift.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rules of one dimension (framing or direction) compiled into a token trie, and the matching of
 * a text's tokens against them. Both dimensions read the same tokens, each with its own rules, so a
 * phrase of one never hides a phrase of the other. Immutable once built.
 */
final class RuleMatcher {
  private final List<Rule> rules;
  private final int maxGap;
  private final PhraseTrie<RulePart> ruleTrie = new PhraseTrie<>();

  /** A contiguous piece of a rule's pattern; patterns with "..." gaps have several. */
  private record RulePart(int rule, int part, int parts) {}

  /** A rule found in a text, over tokens [start, end), with the words it matched. */
  record Match(Rule rule, int start, int end, String phrase) {}

  /**
   * @param vocabulary told every literal pattern element, so the caller can build typo targets
   */
  RuleMatcher(List<Rule> rules, int maxGap, Consumer<String> vocabulary) {
    this.rules = rules;
    this.maxGap = maxGap;
    for (int r = 0; r < rules.size(); r++) {
      List<List<String>> parts = splitAtGaps(rules.get(r).pattern());
      for (int p = 0; p < parts.size(); p++) {
        ruleTrie.add(parts.get(p), new RulePart(r, p, parts.size()));
        parts.get(p).forEach(vocabulary);
      }
    }
  }

  boolean isEmpty() {
    return rules.isEmpty();
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
   * Finds cues and operators. Contiguous phrases do not overlap: the longest phrase at a position
   * wins ("no more than 14" is a limit, not "no more"), and a phrase gives way to a longer or
   * equally long but weightier one starting inside it ("to stop feeling" is "stop feeling"). The
   * parts of a gapped phrase ("never ... again") are tracked separately so they can span other
   * matches.
   */
  List<Match> match(List<Token> tokens) {
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
            && start - progress[2] <= maxGap;
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

  /**
   * A reject or contrast reaches to the end of its clause, to the writer's next "I want", or to a
   * "but" ("not trying to get rid of it but to make space for it").
   */
  static int scopeEnd(List<Token> tokens, List<Match> matches, int operator, int clause) {
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
}
