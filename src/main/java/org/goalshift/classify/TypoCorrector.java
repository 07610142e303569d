package org.goalshift.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a misspelt lexicon word as the word it was meant to be ("realtionship" as "relationship",
 * "acepting" as "accepting"), so that a typo does not hide a cue. Its targets are the lexicon's own
 * words, added while the rules are compiled; after that it is safe to share between threads, its
 * only mutable part being a concurrent memo of look-ups. A word of the English word list is never
 * corrected: "earning", "others" and "seeing" are one letter from "learning", "bothers" and
 * "seeking", and were written as meant.
 */
final class TypoCorrector {
  /** Typos are only corrected on words this long: short words have too many near neighbours. */
  private static final int MIN_TYPO_LENGTH = 6;

  /** Stems of "word*" elements must be this long to be typo targets ("notic*" is). */
  private static final int MIN_TYPO_STEM = 5;

  private static final String AMBIGUOUS = "";

  /**
   * Goal texts reuse a small vocabulary, so typo look-ups are remembered, up to this many words.
   */
  private static final int MAX_REMEMBERED_WORDS = 100_000;

  private final Set<String> vocabulary = new HashSet<>();
  private final Set<String> stems = new HashSet<>();
  private final Map<String, String> wordByDeletion = new HashMap<>();
  private final Map<String, String> correctionByWord = new ConcurrentHashMap<>();

  /**
   * Literal lexicon words become typo targets, and so do the stems of "word*" elements. Called only
   * while the classifier is built, before it is shared.
   */
  void addToVocabulary(String element) {
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

  /** The tokens with each misspelt lexicon word replaced by the word it was meant to be. */
  List<Token> correct(List<Token> tokens) {
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
    if (word.length() < MIN_TYPO_LENGTH
        || vocabulary.contains(word)
        || EnglishWords.ALL.contains(word)) {
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
   * The lower-case entries of SCOWL's English word lists, which the redactor ships for telling
   * names from words; loaded once per JVM, on the first look-up that needs them.
   */
  private static final class EnglishWords {
    private static final String RESOURCE = "/org/goalshift/privacy/english-words.txt";
    static final Set<String> ALL = load();

    private static Set<String> load() {
      try (InputStream in = TypoCorrector.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("English word list " + RESOURCE + " is missing");
        }
        return Set.copyOf(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read English word list " + RESOURCE, e);
      }
    }
  }
}
