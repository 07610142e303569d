package org.goalshift.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What one cheap pass over a text finds that decides which detectors can match it at all: how many
 * digits it holds, a few telling characters, which families of cue words occur, and where cues and
 * capitalised words stand. Most goal text holds no personal detail, and a detector whose regular
 * expression is tried at every position costs far more than this pass, so the redactor runs a
 * detector only where its screen says it may match.
 *
 * <p>A screen must never refuse a text its detector would match: it tests only what every match
 * needs (an "@", seven digits, a month word). Words are maximal runs of ASCII letters, compared in
 * lower case. A cue that a pattern bounds on both sides (by \b, white space or punctuation) is
 * looked for as a whole word. A cue that a pattern starts at \b but lets run into what follows
 * ("MRN12345", "DOBMarch 3") is looked for at the start of a word. Immutable once built.
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
    /**
     * Record cues, which may run into their number: "MRN12345678", "Hosp no.K123456"; "n" is the
     * one ASCII letter of "nº".
     */
    ID_NUMBER(List.of("n"), Identifiers.CUE_WORD_STARTS),
    MONTH(Stream.concat(Dates.MONTH_WORDS.stream(), Dates.MONTH_WORDS_ABROAD.stream()).toList()),
    /** Birth cues; "o" stands for "D.O.B.", whose one-letter words the pass sees apart. */
    BIRTH(List.of("o"), Dates.BIRTH_CUE_WORD_STARTS),
    STREET(Addresses.STREET_WORDS),
    /** "Calle", "Rua", "ul.": street words that come before the name. */
    STREET_NAME_FIRST(Addresses.STREET_WORDS_BEFORE_NAME),
    RESIDENCE(Addresses.RESIDENCE_WORDS),
    /** The one postcode without a capital letter just before a digit: "GIR 0AA". */
    GIROBANK(List.of("gir")),
    /** Kinship and care words: cues before a name and after one ("Jenny (sister)"). */
    KIN(Names.KIN_WORDS),
    /** Titles, care-role abbreviations and naming words: cues before a name only. */
    NAME_CUE(Names.OTHER_CUE_WORDS),
    /** Kinship, role, title and contact words before a name in lower case ("call jess"). */
    NAME_EVIDENCE(NameCues.CUE_WORDS);

    private final List<String> words;
    private final List<String> wordStarts;

    Cue(List<String> words) {
      this(words, List.of());
    }

    Cue(List<String> words, List<String> wordStarts) {
      this.words = words;
      this.wordStarts = wordStarts;
    }

    private int bit() {
      return 1 << ordinal();
    }
  }

  /** Prefixes the kinship pattern allows glued to its word: "stepmum", "halfbrother". */
  private static final List<String> GLUED_PREFIXES = List.of("", "step", "half", "great");

  /**
   * Every form of every whole cue word: as listed, with a plural "s", with a glued prefix, both.
   * Only kinship words take those, but giving them to all only widens the screens, which is safe,
   * and it keeps the pass to one look-up per word.
   */
  private static final Map<String, Integer> CUE_BITS_BY_FORM = cueBitsByForm();

  private static final int LONGEST_FORM =
      CUE_BITS_BY_FORM.keySet().stream().mapToInt(String::length).max().orElseThrow();

  /** Word-start cues by their first letter, 'a' to 'z', so a word is tried against a few. */
  private static final WordStart[][] WORD_STARTS_BY_LETTER = wordStartsByLetter();

  private static final int NOWHERE = -1;

  private record WordStart(String prefix, int bit) {}

  private int digits;
  private int cueBits;
  private boolean hasAt;
  private boolean hasBracket;
  private boolean hasPause;
  private boolean hasCapitalBeforeDigit;
  private boolean hasUpperCase;
  private int firstNameCue = NOWHERE;
  private int lastKin = NOWHERE;
  private int firstCapitalised = NOWHERE;
  private int lastCapitalised = NOWHERE;

  private TextClues(String text) {
    int wordStart = NOWHERE;
    boolean previousUpper = false;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      boolean upper;
      boolean lower;
      int width = 1;
      if (c < 0x80) {
        upper = c >= 'A' && c <= 'Z';
        lower = c >= 'a' && c <= 'z';
        if (c >= '0' && c <= '9') {
          digits++;
          hasCapitalBeforeDigit |= previousUpper;
        } else if (c == '@') {
          hasAt = true;
        } else if (c == '(') {
          hasBracket = true;
          hasPause = true;
        } else if (c == '[') {
          hasBracket = true;
        } else if (c == ',') {
          hasPause = true;
        }
      } else {
        // \p{Lu} and \p{Ll} of the name patterns, by code point so that "𝐉ack" counts too.
        int codePoint = text.codePointAt(i);
        width = Character.charCount(codePoint);
        int type = Character.getType(codePoint);
        upper = type == Character.UPPERCASE_LETTER;
        lower = type == Character.LOWERCASE_LETTER;
      }
      hasUpperCase |= upper;
      if (lower && previousUpper) {
        int capital = text.offsetByCodePoints(i, -1);
        firstCapitalised = firstCapitalised == NOWHERE ? capital : firstCapitalised;
        lastCapitalised = capital;
      }
      boolean asciiLetter = c < 0x80 && (upper || lower);
      if (asciiLetter && wordStart == NOWHERE) {
        wordStart = i;
      } else if (!asciiLetter && wordStart != NOWHERE) {
        word(text, wordStart, i);
        wordStart = NOWHERE;
      }
      previousUpper = upper;
      i += width;
    }
    if (wordStart != NOWHERE) {
      word(text, wordStart, text.length());
    }
  }

  static TextClues of(String text) {
    return new TextClues(text);
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

  /** An ASCII capital letter just before a digit, as in "SW1A 1AA". */
  boolean hasCapitalBeforeDigit() {
    return hasCapitalBeforeDigit;
  }

  /** Any upper-case letter, ASCII or not. */
  boolean hasUpperCase() {
    return hasUpperCase;
  }

  /** Whether a capitalised word starts after the start of some name cue. */
  boolean capitalisedAfterNameCue() {
    return firstNameCue != NOWHERE && lastCapitalised > firstNameCue;
  }

  /** Whether a capitalised word starts before the start of some kinship word. */
  boolean capitalisedBeforeKin() {
    return firstCapitalised != NOWHERE && firstCapitalised < lastKin;
  }

  private void word(String text, int start, int end) {
    // Lower case of at most the longest form: enough for every look-up below.
    String head =
        text.substring(start, Math.min(end, start + LONGEST_FORM)).toLowerCase(Locale.ROOT);
    int bits = end - start <= LONGEST_FORM ? CUE_BITS_BY_FORM.getOrDefault(head, 0) : 0;
    for (WordStart wordStart : WORD_STARTS_BY_LETTER[head.charAt(0) - 'a']) {
      bits |= head.startsWith(wordStart.prefix()) ? wordStart.bit() : 0;
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

  private static Map<String, Integer> cueBitsByForm() {
    Map<String, Integer> bits = new HashMap<>();
    for (Cue cue : Cue.values()) {
      for (String word : cue.words) {
        for (String prefix : GLUED_PREFIXES) {
          for (String plural : List.of("", "s")) {
            bits.merge(prefix + asciiWord(word, cue) + plural, cue.bit(), (a, b) -> a | b);
          }
        }
      }
    }
    return Map.copyOf(bits);
  }

  private static WordStart[][] wordStartsByLetter() {
    List<List<WordStart>> byLetter = new ArrayList<>();
    for (char letter = 'a'; letter <= 'z'; letter++) {
      byLetter.add(new ArrayList<>());
    }
    for (Cue cue : Cue.values()) {
      for (String prefix : cue.wordStarts) {
        String word = asciiWord(prefix, cue);
        byLetter.get(word.charAt(0) - 'a').add(new WordStart(word, cue.bit()));
      }
    }
    return byLetter.stream()
        .map(starts -> starts.toArray(WordStart[]::new))
        .toArray(WordStart[][]::new);
  }

  /** The cue word in lower case; fails fast on one the pass could never see as a word. */
  private static String asciiWord(String word, Cue cue) {
    if (!word.matches("[a-zA-Z]+")) {
      throw new IllegalStateException("Cue word '" + word + "' of " + cue + " is not one word");
    }
    return word.toLowerCase(Locale.ROOT);
  }
}
