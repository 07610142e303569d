package org.goalshift.privacy;

import java.util.List;

/**
 * Full calendar dates (day, month and year) in numeric and written forms, and dates of birth even
 * without a year. A month or a year alone ("by March", "by 2026") is not a date here: it identifies
 * no one and goal text is full of them.
 */
final class Dates {
  private Dates() {}

  /** Month names and their abbreviations, as whole words. */
  static final List<String> MONTH_WORDS =
      NameCues.words(
          "january jan february feb march mar april apr may june jun july jul august aug "
              + "september sept sep october oct november nov december dec");

  /**
   * Month names in Spanish, Portuguese, Italian, German and French, as clients born abroad write
   * their dates ("11 de mayo de 1990"). Apart from {@link #MONTH_WORDS} because several are given
   * names ("Julio", "Abril"), which only a day and a year beside them make a date. ASCII spellings:
   * the one pass of {@link TextClues} reads ASCII letters, so of the others only "março", which it
   * sees as "mar", is known.
   */
  static final List<String> MONTH_WORDS_ABROAD =
      NameCues.words(
          "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre"
              + " diciembre janeiro fevereiro maio junho julho setembro outubro novembro dezembro"
              + " gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januar"
              + " februar juni juli oktober dezember janvier avril juin juillet septembre octobre"
              + " novembre");

  /**
   * How every birth cue of {@link #BIRTH} but "D.O.B." starts, for {@link TextClues}. Keep in step
   * with BIRTH.
   */
  static final List<String> BIRTH_CUE_WORD_STARTS = NameCues.words("dob date born birthday bday");

  private static final String MONTH =
      "(?:"
          + String.join("|", MONTH_WORDS)
          + "|"
          + String.join("|", MONTH_WORDS_ABROAD)
          + "|[Mm]arço)\\.?";
  private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:\\d{4}|['’]?\\d{2})(?![\\d:])";
  private static final String DAY_MONTH = DAY + "(?:\\.?\\s+(?:of\\s+|de\\s+)?|[-/.])" + MONTH;
  private static final String MONTH_DAY = MONTH + "(?:\\s+|[-/.])" + DAY + "\\b";

  /** 12/03/1985, 3-12-85, 12.03.85, 1985-03-12, 1985/03/12. */
  static final Detector NUMERIC =
      PatternDetector.of(
          PiiType.DATE,
          "(?<![\\d/.-])(?:\\d{1,2}([/.-])\\d{1,2}\\1(?:\\d{4}|\\d{2})"
              + "|\\d{4}([/.-])\\d{1,2}\\2\\d{1,2})(?![\\d/-]|\\.\\d)",
          TextClues.digitsAtLeast(4),
          Dates::plausibleNumericDate);

  /** 3 March 1985, 3rd of March, 1985, March 3rd, 1985, Mar 3 '85, 12/Mar/1985, Mar-12-1985. */
  static final Detector WRITTEN =
      PatternDetector.of(
          PiiType.DATE,
          "(?i)\\b(?:"
              + DAY_MONTH
              + "(?:,?\\s+(?:de\\s+|del\\s+)?|[-/.])"
              + YEAR
              + "|"
              + MONTH_DAY
              + "(?:,?\\s+|[-/.])"
              + YEAR
              + ")",
          // A day and a year: at least three digits.
          clues -> clues.digits() >= 3 && clues.has(TextClues.Cue.MONTH));

  /**
   * A birthday identifies even without its year: "DOB 3 March", "born on 12/03"; so does a month of
   * birth with its year ("born March 1985"), and after "DOB" even the year alone. A year alone
   * after "born" stays ("born in 1990"), as an age would.
   */
  static final Detector BIRTH =
      PatternDetector.of(
          PiiType.DATE,
          "(?i)\\b(?:DOB|D\\.O\\.B\\.?|date of birth|born(?:\\s+(?:on|in))?|b'?day|birthday(?:\\s+is)?"
              + "(?:\\s+on)?)\\s*[:,(-]?\\s*(?:the\\s+)?(?<pii>"
              + DAY_MONTH
              + "|"
              + MONTH_DAY
              + "|(?:[12]\\d|3[01]|0?[1-9])[/.-](?:1[0-2]|0?[1-9])(?![\\d/.-])"
              + "|"
              + MONTH
              + ",?\\s+(?:19|20)\\d{2}\\b)"
              + "|(?i:\\bDOB|\\bD\\.O\\.B\\.?)\\s*[:,(-]?\\s*(?<pii2>(?:19|20)\\d{2})(?![\\d/.-])",
          clues -> clues.digits() >= 1 && clues.has(TextClues.Cue.BIRTH));

  /** Either day-month or month-day order (British or American) must give a real day and month. */
  private static boolean plausibleNumericDate(String candidate) {
    String[] parts = candidate.split("[/.-]");
    int first = Integer.parseInt(parts[0]);
    int second = Integer.parseInt(parts[1]);
    if (parts[0].length() == 4) {
      return isMonth(second) && isDay(Integer.parseInt(parts[2]));
    }
    return (isDay(first) && isMonth(second)) || (isMonth(first) && isDay(second));
  }

  private static boolean isDay(int value) {
    return value >= 1 && value <= 31;
  }

  private static boolean isMonth(int value) {
    return value >= 1 && value <= 12;
  }
}
