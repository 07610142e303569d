package org.goalshift.privacy;

import java.util.List;

/**
 * Street addresses ("12 Oak Street", "flat 3, 45 High Rd", "221B Baker St", "1600 Pennsylvania Ave
 * NW", "Calle Mayor 55", "ul. Piotrkowska 104/12"), UK postcodes, Eircodes and US state-and-ZIP. A
 * street needs a house number and capitalised name words beside its street word, so "walk 3 times
 * round the park" stays. The town that completes an address goes with it ("14 Albert Road,
 * Sheffield S6 3BT", "Reading RG4 7DP"): a street and its town find a household, where the town
 * alone ("moved to Leeds") finds no one and stays.
 */
final class Addresses {
  private Addresses() {}

  /** Words that end a street name, and their abbreviations. */
  static final List<String> STREET_WORDS =
      NameCues.words(
          "street st road rd avenue ave lane ln drive dr close court ct crescent cres place pl way"
              + " gardens gdns terrace tce grove gr square sq hill mews row walk parade boulevard"
              + " blvd highway hwy parkway pkwy circle cir rise green park view vale wharf yard");

  /**
   * Street words that come before the street's name in other languages ("Calle Mayor 55", "Rua
   * Augusta 1500", "ul. Piotrkowska 104", "Via Roma 12"), as the one pass of {@link TextClues} sees
   * them: ASCII letters, in lower case.
   */
  static final List<String> STREET_WORDS_BEFORE_NAME =
      NameCues.words(
          "calle carrer avenida avda paseo camino carretera ronda plaza rua travessa largo alameda"
              + " estrada via viale corso piazza piazzale vicolo rue boulevard chemin impasse quai"
              + " ulica ul aleja plac osiedle strada calea ulitsa prospekt jalan");

  /** Verbs of living somewhere, the cue for a street named without its number. */
  static final List<String> RESIDENCE_WORDS =
      List.of("lives", "live", "living", "moved", "moving", "staying", "stays");

  /** A street word, also in the plural: "Green Lanes", "Victoria Gardens". */
  private static final String STREET_WORD =
      "(?i:(?:" + String.join("|", STREET_WORDS) + ")s?)\\b\\.?";

  private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'’.-]{0,30}|\\d{1,3}(?:st|nd|rd|th))";
  private static final String DWELLING =
      "(?i:flat|apt|apartment|unit|suite|ste|room|rm|house)\\.?\\s*#?\\s*\\d{1,4}[A-Za-z]?";
  private static final String POSTCODE =
      "(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-HJKPSTUW\\d]? ?\\d[ABD-HJLNP-UW-Z]{2})";
  static final String US_STATE =
      "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE"
          + "|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)";

  /** A town: up to three capitalised words, and a district number ("Dublin 3"). */
  private static final String TOWN =
      "\\p{Lu}[\\p{L}'’-]+(?:[ -](?:upon |on |le |de |la |en |sur |am )?\\p{Lu}[\\p{L}'’-]+){0,2}"
          + "(?:\\s\\d{1,2}\\b)?";

  /** Words before a postcode that name it or place it, not a town: "Postcode LS6", "in M14". */
  private static final String NOT_TOWN =
      "(?!(?i:post|postcode|code|eircode|zip|address|area|in|at|near|from|to|the|and|or|my|her|his"
          + "|their|our|home|cl|pt|client|patient|goal|is|was|of|on)\\b)";

  private static final String EIRCODE_SHAPE =
      "(?:[AC-FHKNPRTV-Y]\\d{2}|D6W) ?(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}";

  /** A Canadian postal code, "M5V 1Z4", after its province or alone. */
  private static final String CANADIAN_POSTCODE =
      "(?:(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT),?\\s+)?[A-CEGHJ-NPR-TVXY]\\d[A-CEGHJ-NPR-TV-Z] ?\\d[A-CEGHJ-NPR-TV-Z]\\d";

  /**
   * What ends a full address after its street: a postcode, Eircode, Canadian postal code, state and
   * ZIP, or a ZIP.
   */
  private static final String CODE =
      "(?:"
          + POSTCODE
          + "|"
          + EIRCODE_SHAPE
          + "|"
          + CANADIAN_POSTCODE
          + "|"
          + US_STATE
          + ",?\\s+\\d{5}(?:-\\d{4})?|\\d{5}(?:-\\d{4})?)(?![\\w-])";

  /**
   * The rest of an address after its street: a code, or a town after a comma with or without a
   * code. A town without a code must end the clause, so "12 Oak Street, Mum says" keeps "Mum".
   */
  private static final String LOCALITY =
      "(?:,?\\s+"
          + CODE
          + "|,\\s*"
          + NOT_TOWN
          + TOWN
          + "(?:,?\\s+"
          + CODE
          + "|(?=\\s*(?:[,.;:)!?(–-]|$))))";

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
              + LOCALITY
              + "?",
          clues -> clues.digits() >= 1 && clues.has(TextClues.Cue.STREET));

  /**
   * A street written all in lower case, as some clients write: "12 oak street", "45 high rd, ls6
   * 2ab". The name's words must not be words that a count or a walk puts between a number and a
   * street word ("3 laps round the park", "2 bus stops down the road"), and the street word must be
   * one that names only streets, so "park", "green" and "walk" do not count here.
   */
  static final Detector STREET_IN_LOWER_CASE =
      PatternDetector.of(
          PiiType.ADDRESS,
          "(?<![\\w-])(?:(?:flat|apt|unit)\\s*\\d{1,4}[a-z]?,?\\s+)?\\d{1,4}[a-z]?,?\\s+"
              + "(?:(?!(?:the|a|an|to|of|in|on|at|by|round|around|up|down|along|past|my|his|her"
              + "|their|our|your|and|or|times|x|mins|minutes|hours|days|weeks|laps|miles|km|bus"
              + "|stops?|doors?|houses?|min)\\b)[a-z][a-z'’-]{1,30}\\s+){1,3}"
              + "(?:street|road|rd|avenue|ave|lane|close|crescent|drive|gardens|terrace|grove|mews"
              + "|square|court|place)\\b"
              + "(?:,?\\s+[a-pr-uwyz][a-hk-y]?\\d[a-z\\d]?\\s?\\d[abd-hjlnp-uw-z]{2}\\b)?",
          clues -> clues.digits() >= 1 && clues.has(TextClues.Cue.STREET));

  /** A continental postcode and its town, "28013 Madrid", "90-006 Łódź", or what ends others. */
  private static final String POSTCODE_THEN_TOWN =
      "(?:,?\\s+(?:\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{4,5})\\s+" + TOWN + "|" + LOCALITY + ")?";

  /**
   * What follows a street's name in most of Europe and Latin America: the number, a floor and door,
   * a postcode and a town: ", 3º B, 28013 Madrid", " 8 m. 3, 80-827 Gdańsk", " 12, 10827 Berlin".
   */
  private static final String NUMBER_THEN_TOWN =
      ",?\\s+(?:n[º°o]\\.?\\s*)?\\d{1,5}[A-Za-z]?(?:\\s?[/-]\\s?\\d{1,4}[A-Za-z]?)?"
          // Not a count: "via Zoom 3 times".
          + "(?![\\w/-]|\\s*(?:x|times|days|weeks|hours|mins|minutes|am|pm|%)\\b)"
          + "(?:,?\\s*\\d{1,2}\\s?[º°ª]\\s?(?:[A-Za-z]{1,4}\\.?|\\d)?(?![\\w-])"
          + "|,?\\s+(?i:m|lok|apt|apto|dpto|piso|puerta|flat)\\.?\\s*\\d{1,4}[A-Za-z]?\\b)?"
          + POSTCODE_THEN_TOWN;

  /** A street's name after its street word, with its particles: "da Liberdade", "de la Paix". */
  private static final String NAME_AFTER_STREET_WORD =
      "(?:(?:" + NAME_WORD + "|d[aeo]s?|del|de la|de l'|du|di|della)\\s+){0,3}" + NAME_WORD;

  /**
   * A street in the order of most of Europe and Latin America: the street word, the name, then the
   * number: "Calle Mayor 55, 3º B, 28013 Madrid", "Rua Augusta 1500, São Paulo", "ul. Piotrkowska
   * 104/12, 90-006 Łódź".
   */
  static final Detector STREET_NAME_FIRST =
      PatternDetector.of(
          PiiType.ADDRESS,
          "(?<![\\w-])(?:(?i:"
              + String.join("|", STREET_WORDS_BEFORE_NAME)
              + ")\\.?)\\s+"
              + NAME_AFTER_STREET_WORD
              + NUMBER_THEN_TOWN
              // French order, the number first: "7 Rue de la Paix, 75002 Paris".
              + "|(?<![\\w-])\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?i:rue|avenue|boulevard|bd|place"
              + "|chemin|impasse|quai|allée)\\s+"
              + NAME_AFTER_STREET_WORD
              + POSTCODE_THEN_TOWN,
          clues -> clues.digits() >= 1 && clues.has(TextClues.Cue.STREET_NAME_FIRST));

  /**
   * A street whose street word is glued to its name, as in German, Dutch and Nordic names:
   * "Hauptstraße 12, 10827 Berlin", "Keizersgracht 123", "Vesterbrogade 5". The pass of {@link
   * TextClues} cannot see a word's end, so this runs on any text with a digit and a capital.
   */
  static final Detector STREET_WORD_GLUED =
      PatternDetector.of(
          PiiType.ADDRESS,
          // The whole word, then a look back at its end: one pass per word rather than a try of
          // every ending at every letter.
          "(?<![\\w-])\\p{Lu}\\p{L}++(?:(?<=straße|strasse|straat|gracht|weg|laan|plein|gasse|allee"
              + "|vej|gade|gatan|vägen|veien|gata|utca)|(?<=str)\\.)"
              + NUMBER_THEN_TOWN,
          clues -> clues.digits() >= 1 && clues.hasUpperCase());

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

  static final Detector CANADIAN_POSTAL_CODE =
      PatternDetector.of(
          PiiType.ADDRESS,
          "(?<![\\w-])(?:(?=\\p{Lu})"
              + NOT_TOWN
              + TOWN
              + ",?\\s+)?"
              + CANADIAN_POSTCODE
              + "(?![\\w-])",
          TextClues::hasCapitalBeforeDigit);

  static final Detector UK_POSTCODE =
      PatternDetector.of(
          PiiType.ADDRESS,
          "(?<![\\w-])(?:(?=\\p{Lu})" + NOT_TOWN + TOWN + ",?\\s+)?" + POSTCODE + "(?![\\w-])",
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
          "(?<![\\w-])(?:(?=\\p{Lu})" + NOT_TOWN + TOWN + ",?\\s+)?" + EIRCODE_SHAPE + "(?![\\w-])",
          TextClues::hasCapitalBeforeDigit);
}
