package org.goalshift.privacy;

import java.util.List;

/** E-mail addresses, web addresses and telephone numbers. */
final class Contacts {
  private Contacts() {}

  /**
   * Top-level domains a bare domain ("mind.org.uk/help") must end in. A fixed list, because a bare
   * "word.word" is far more often an abbreviation or a typo without a space than a web address.
   */
  static final List<String> TOP_LEVEL_DOMAINS =
      List.of(
          "com", "org", "net", "edu", "gov", "info", "biz", "io", "co", "uk", "us", "ca", "au",
          "nz", "ie", "de", "fr", "es", "it", "nl", "eu", "me", "tv", "app", "dev", "ly", "online",
          "site", "health", "nhs");

  /** The rest of a web address, up to white space, less the punctuation that ends a sentence. */
  private static final String PATH = "(?:[^\\s<>\"]{0,2000}[^\\s<>\".,;:!?)'])?";

  static final Detector EMAIL =
      PatternDetector.of(
          PiiType.EMAIL,
          "(?i)(?<![\\w.+-])[a-z0-9](?:[a-z0-9._%+-]{0,63})"
              + "(?:@|\\s*[\\[(]at[\\])]\\s*)"
              + "[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,4}\\.[a-z]{2,24}\\b"
              // Spelt out to dodge scrapers: "jo.smith at gmail dot com".
              + "|(?i)\\b[a-z0-9][a-z0-9._-]{0,63}\\s+at\\s+[a-z0-9-]{2,63}"
              + "(?:\\s+dot\\s+[a-z]{2,6}){1,3}\\b",
          // An "@", a bracketed "at", or a spelt-out "at" with its "dot".
          clues ->
              clues.hasAt()
                  || clues.has(TextClues.Cue.EMAIL_DOT)
                  || (clues.has(TextClues.Cue.EMAIL_AT) && clues.hasBracket()));

  static final Detector URL =
      PatternDetector.of(
          PiiType.URL,
          "(?i)\\b(?:https?://|www\\.)"
              + PATH
              + "|(?i)(?<![\\w@./-])[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,63}){0,4}"
              + "\\.(?:"
              + String.join("|", TOP_LEVEL_DOMAINS)
              + ")\\b(?![.-]?\\w)(?:/"
              + PATH
              + ")?",
          clues -> clues.has(TextClues.Cue.WEB) || clues.has(TextClues.Cue.TOP_LEVEL_DOMAIN));

  /** The fewest digits {@link #plausiblePhone} accepts: a US local number. */
  private static final int PHONE_DIGITS_AT_LEAST = 7;

  /**
   * Phone numbers by their national shapes rather than "any run of digits", so that scores, years
   * and counts written with spaces stay: UK national (0 then 9-10 digits), international (+ and a
   * country code), North American (3-3-4, optionally with (area) or a leading 1) and US local 3-4.
   */
  static final Detector PHONE =
      PatternDetector.of(
          PiiType.PHONE,
          // Not the end of a longer run of digit groups: "6330 0000 1234 5678" is a card's.
          "(?<![\\w+/.-]|\\d )(?:"
              + "(?:\\+|00)\\d{1,3}[ .-]?(?:\\(0\\)[ .-]?)?\\(?\\d{1,5}\\)?(?:[ .-]?\\d{2,5}){1,4}"
              + "|\\(0\\d{2,4}\\)[ .-]?\\d{3,4}[ .-]?\\d{3,4}"
              + "|0\\d{2,4}[ .-]?\\d{3,4}[ .-]?\\d{3,4}"
              // Irish area codes of one digit: Dublin "01 555 2846".
              + "|0\\d[ .-]\\d{3}[ .-]\\d{4}"
              + "|(?:1[ .-]?)?\\(\\d{3}\\)[ .-]?\\d{3}[ .-]?\\d{4}"
              + "|(?:1[ .-])?\\d{3}[ .-]\\d{3}[ .-]\\d{4}"
              + "|\\d{10,11}"
              + "|\\d{3}-\\d{4}"
              + ")(?:\\s?(?:ext\\.?|x)\\s?\\d{1,5})?(?![\\w/-]|\\.\\d)",
          TextClues.digitsAtLeast(PHONE_DIGITS_AT_LEAST),
          Contacts::plausiblePhone);

  private static boolean plausiblePhone(String candidate) {
    int digits = PatternDetector.digitCount(candidate);
    if (candidate.startsWith("+") || candidate.startsWith("00")) {
      return digits >= 8 && digits <= 17;
    }
    return digits == PHONE_DIGITS_AT_LEAST
        || (digits >= 10 && digits <= 16)
        || (digits == 9 && candidate.matches("0\\d[ .-]\\d{3}[ .-]\\d{4}"));
  }
}
