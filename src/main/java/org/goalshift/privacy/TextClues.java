package org.goalshift.privacy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What one cheap pass over a text finds that decides which detectors can match it at all: how many
 * digits it holds, a few telling characters, which families of cue words occur as whole words, and
 * where cues and capitalised words stand. Most goal text holds no personal detail, and a detector
 * whose regular expression is tried at every position costs far more than this pass, so the
 * redactor runs a detector only where its screen says it may match.
 *
 * <p>A screen must never refuse a text its detector would match: it tests only what every match
 * needs (an "@", seven digits, a month word). Words are maximal runs of ASCII letters, compared in
 * lower case. That is sound for cues that the patterns bound on both sides by \b, white space or
 * punctuation, and only such cues are screened by word; cues that a pattern lets run into the next
 * word ("MRN12345", "DOB:12/03") are screened by their digits instead.
 */
final class TextClues {
  /** Families of cue words. A word may belong to several. */
  enum Cue {
    /** The "at" of "jo [at] example.com" and "jo at gmail dot com". */
    EMAIL_AT(List.of("at")),
    /** The "dot" of "jo at gmail dot com". */
    EMAIL_DOT(List.of("dot")),
    /** "http://", "https://" and "www." start a web address. */
    WEB(List.of("http", "https", "www")),
    /** Counted only right after a full stop, as in "mind.org.uk". */
    TOP_LEVEL_DOMAIN(Contacts.TOP_LEVEL_DOMAINS),
    MONTH(Dates.MONTH_WORDS),
    STREET(Addresses.STREET_WORDS),
    RESIDENCE(Addresses.RESIDENCE_WORDS),
    /** Kinship and care words: cues before a name and after one ("Jenny (sister)"). */
    KIN(Names.KIN_WORDS),
    /** Titles, care-role abbreviations and naming words: cues before a name only. */
    NAME_CUE(Names.OTHER_CUE_WORDS);

    private final List<String> words;

    Cue(List<String> words) {
      this.words = words;
    }

    private int bit() {
      return 1 << ordinal();
    }
  }

  /** Prefixes the kinship pattern allows glued to its word: "stepmum", "halfbrother". */
  private static final String[] KIN_PREFIXES = {"step", "half", "great"};

  private static final Map<String, Integer> CUE_BITS_BY_WORD = cueBitsByWord();
  private static final int LONGEST_CUE_WORD =
      CUE_BITS_BY_WORD.keySet().stream().mapToInt(String::length).max().orElse(0)
          + "great".length()
          + "s".length();
  private static final int NOWHERE = -1;

  private final int digits;
  private final int cueBits;
  private final boolean hasAt;
  private final boolean hasBracket;
  private final boolean hasPause;
  private final int firstNameCue;
  private final int lastKin;
  private final int firstCapitalised;
  private final int lastCapitalised;

  private TextClues(Scan scan) {
    this.digits = scan.digits;
    this.cueBits = scan.cueBits;
    this.hasAt = scan.hasAt;
    this.hasBracket = scan.hasBracket;
    this.hasPause = scan.hasPause;
    this.firstNameCue = scan.firstNameCue;
    this.lastKin = scan.lastKin;
    this.firstCapitalised = scan.firstCapitalised;
    this.lastCapitalised = scan.lastCapitalised;
  }

  static TextClues of(String text) {
    Scan scan = new Scan();
    int wordStart = NOWHERE;
    boolean previousUpper = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean asciiLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (asciiLetter && wordStart == NOWHERE) {
        wordStart = i;
      } else if (!asciiLetter && wordStart != NOWHERE) {
        scan.word(text, wordStart, i);
        wordStart = NOWHERE;
      }
      if (c >= '0' && c <= '9') {
        scan.digits++;
      }
      scan.hasAt |= c == '@';
      scan.hasBracket |= c == '[' || c == '(';
      scan.hasPause |= c == '(' || c == ',';
      // A name word is an upper-case letter followed by a lower-case one (\p{Lu}\p{Ll}).
      int type = Character.getType(c);
      if (previousUpper && type == Character.LOWERCASE_LETTER) {
        int capital = text.offsetByCodePoints(i, -1);
        scan.firstCapitalised = scan.firstCapitalised == NOWHERE ? capital : scan.firstCapitalised;
        scan.lastCapitalised = capital;
      }
      previousUpper = type == Character.UPPERCASE_LETTER;
      i += Character.charCount(c);
    }
    if (wordStart != NOWHERE) {
      scan.word(text, wordStart, text.length());
    }
    return new TextClues(scan);
  }

  /** The words of a space-separated list, in order; long cue-word lists read better so. */
  static List<String> words(String spaceSeparated) {
    return List.of(spaceSeparated.split(" "));
  }

  /** A screen for detectors whose every match holds at least this many digits. */
  static Predicate<TextClues> digitsAtLeast(int minimum) {
    return clues -> clues.digits >= minimum;
  }

  int digits() {
    return digits;
  }

  boolean has(Cue cue) {
    return (cueBits & cue.bit()) != 0;
  }

  boolean hasAt() {
    return hasAt;
  }

  /** An opening square or round bracket. */
  boolean hasBracket() {
    return hasBracket;
  }

  /** A comma or an opening round bracket, which set off a kinship word after a name. */
  boolean hasPause() {
    return hasPause;
  }

  /** Whether a capitalised word starts after the start of some name cue. */
  boolean capitalisedAfterNameCue() {
    return firstNameCue != NOWHERE && lastCapitalised > firstNameCue;
  }

  /** Whether a capitalised word starts before the start of some kinship word. */
  boolean capitalisedBeforeKin() {
    return firstCapitalised != NOWHERE && firstCapitalised < lastKin;
  }

  /** Mutable state of one pass; kept apart so that a finished TextClues is immutable. */
  private static final class Scan {
    int digits;
    int cueBits;
    boolean hasAt;
    boolean hasBracket;
    boolean hasPause;
    int firstNameCue = NOWHERE;
    int lastKin = NOWHERE;
    int firstCapitalised = NOWHERE;
    int lastCapitalised = NOWHERE;

    void word(String text, int start, int end) {
      if (end - start > LONGEST_CUE_WORD) {
        return;
      }
      int bits = cueBits(text.substring(start, end).toLowerCase(Locale.ROOT));
      if (bits == 0) {
        return;
      }
      if (start == 0 || text.charAt(start - 1) != '.') {
        bits &= ~Cue.TOP_LEVEL_DOMAIN.bit();
      }
      cueBits |= bits;
      if ((bits & (Cue.KIN.bit() | Cue.NAME_CUE.bit())) != 0 && firstNameCue == NOWHERE) {
        firstNameCue = start;
      }
      if ((bits & Cue.KIN.bit()) != 0) {
        lastKin = start;
      }
    }
  }

  /**
   * The cue families of a word as written, without a plural "s", and without a "step", "half" or
   * "great" glued before it. Stripping for every family only widens a screen, which is safe.
   */
  private static int cueBits(String word) {
    int bits = bitsOf(word) | bitsOf(withoutPluralS(word));
    for (String prefix : KIN_PREFIXES) {
      if (word.length() > prefix.length() && word.startsWith(prefix)) {
        String rest = word.substring(prefix.length());
        bits |= bitsOf(rest) | bitsOf(withoutPluralS(rest));
      }
    }
    return bits;
  }

  private static String withoutPluralS(String word) {
    return word.length() > 1 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  private static int bitsOf(String word) {
    return CUE_BITS_BY_WORD.getOrDefault(word, 0);
  }

  private static Map<String, Integer> cueBitsByWord() {
    Map<String, Integer> bits = new HashMap<>();
    for (Cue cue : EnumSet.allOf(Cue.class)) {
      for (String word : cue.words) {
        if (!word.matches("[a-zA-Z]+")) {
          // The pass splits text into runs of ASCII letters; any other cue word would never match.
          throw new IllegalStateException("Cue word '" + word + "' of " + cue + " is not one word");
        }
        bits.merge(word.toLowerCase(Locale.ROOT), cue.bit(), (a, b) -> a | b);
      }
    }
    return Map.copyOf(bits);
  }
}
