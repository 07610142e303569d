package org.goalshift.privacy;

import java.util.List;

/**
 * Street addresses ("12 Oak Street", "flat 3, 45 High Rd", "221B Baker St", "1600 Pennsylvania Ave
 * NW"), UK postcodes and US state-and-ZIP. A street needs a house number and capitalised name words
 * before its street word, so "walk 3 times round the park" stays.
 */
final class Addresses {
  private Addresses() {}

  /** Words that end a street name, and their abbreviations. */
  static final List<String> STREET_WORDS =
      NameCues.words(
          "street st road rd avenue ave lane ln drive dr close court ct crescent cres place pl way"
              + " gardens gdns terrace tce grove gr square sq hill mews row walk parade boulevard"
              + " blvd highway hwy parkway pkwy circle cir rise green park view vale wharf yard");

  /** Verbs of living somewhere, the cue for a street named without its number. */
  static final List<String> RESIDENCE_WORDS =
      List.of("lives", "live", "living", "moved", "moving", "staying", "stays");

  private static final String STREET_WORD = "(?i:" + String.join("|", STREET_WORDS) + ")\\b\\.?";
  private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]{0,30}|\\d{1,3}(?:st|nd|rd|th))";
  private static final String DWELLING =
      "(?i:flat|apt|apartment|unit|suite|ste|room|rm|house)\\.?\\s*#?\\s*\\d{1,4}[A-Za-z]?";
  private static final String POSTCODE =
      "(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPSTUW\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})";
  private static final String US_STATE =
      "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE"
          + "|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)";

  private static final java.util.regex.Pattern US_STATE_CODE =
      java.util.regex.Pattern.compile(US_STATE);

  /** A US state's two-letter code: "IL", "OH". */
  static boolean isUsState(String code) {
    return US_STATE_CODE.matcher(code).matches();
  }

  static final Detector STREET =
      PatternDetector.of(
          PiiType.ADDRESS,
          "(?<![\\w-])(?:"
              + DWELLING
              // Glasgow's flat position before the number: "4/2, 19 Dumbarton Road".
              + "\\s*,?\\s+|\\d{1,2}/\\d{1,2},?\\s+)?\\d{1,5}[A-Za-z]?(?:\\s?[-–]\\s?\\d{1,5}[A-Za-z]?)?,?\\s+"
              + "(?:"
              + NAME_WORD
              + "\\s+){1,3}"
              + STREET_WORD
              + "(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b)?"
              + "(?:,?\\s*(?:"
              + DWELLING
              + "|#\\s?\\d{1,4}[A-Za-z]?))?"
              + "(?:,?\\s+"
              + POSTCODE
              + "\\b)?",
          clues -> clues.digits() >= 1 && clues.has(TextClues.Cue.STREET));

  /** A street named where someone lives, even without its number: "lives on Elm Road". */
  static final Detector STREET_OF_RESIDENCE =
      PatternDetector.of(
          PiiType.ADDRESS,
          "(?i:\\b(?:"
              + String.join("|", RESIDENCE_WORDS)
              + ")\\s+(?:on|at|in|to|into)\\s+)"
              + "(?<pii>(?:\\p{Lu}[\\p{L}'’-]{0,30}\\s+){1,3}"
              + "(?:Street|Road|Avenue|Lane|Close|Crescent|Drive|Gardens|Terrace|Way|Place|Court"
              + "|Grove"
              + "|Mews|Square)\\b)",
          clues -> clues.has(TextClues.Cue.RESIDENCE));

  static final Detector UK_POSTCODE =
      PatternDetector.of(
          PiiType.ADDRESS,
          "(?<![\\w-])" + POSTCODE + "(?![\\w-])",
          // A capital letter just before the first digit, but for "GIR 0AA".
          clues -> clues.hasCapitalBeforeDigit() || clues.has(TextClues.Cue.GIROBANK));

  /**
   * A ZIP code after its state ("IL 62704") or the word "ZIP": the code narrows an address to a few
   * streets, the state alone does not, so the state stays.
   */
  static final Detector US_STATE_AND_ZIP =
      PatternDetector.of(
          PiiType.ADDRESS,
          "(?:\\b"
              + US_STATE
              + ",?\\s+|(?i:\\bzip(?:\\s*code)?)\\s*[:#]?\\s*)"
              + "(?<pii>\\d{5}(?:-\\d{4})?)(?![\\w-])",
          TextClues.digitsAtLeast(5));

  /**
   * Irish Eircodes: a routing key (a letter and two digits, or D6W) and four letters and digits,
   * "D08 XY21", "T12 K8AF". The second part must hold a letter, so "A12 3456" stays.
   */
  static final Detector EIRCODE =
      PatternDetector.of(
          PiiType.ADDRESS,
          "(?<![\\w-])(?:[AC-FHKNPRTV-Y]\\d{2}|D6W) ?(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])"
              + "[0-9AC-FHKNPRTV-Y]{4}(?![\\w-])",
          TextClues::hasCapitalBeforeDigit);
}
