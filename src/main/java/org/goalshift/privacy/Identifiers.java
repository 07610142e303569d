package org.goalshift.privacy;

import java.util.List;

/**
 * Identifier numbers: UK national insurance, US social security, NHS numbers and any number that
 * follows a record cue ("MRN 12345678", "record no. 4455", "hospital number: K123456").
 */
final class Identifiers {
  private Identifiers() {}

  private static final String NHS_SHAPE = "\\d{3}[ -]?\\d{3}[ -]?\\d{4}";
  private static final String NI_SHAPE =
      "(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]";
  private static final String NUMBER_WORD = "(?:number|no\\.?|num\\.?|nr\\.?|#)";
  private static final String SSN_SHAPE = "\\d{3}[- ]\\d{2}[- ]\\d{4}";

  /**
   * How every cue of {@link #CUED} starts, for {@link TextClues}. Keep in step with CUED: a cue
   * missing here hides the numbers after it.
   */
  static final List<String> CUE_WORD_STARTS =
      NameCues.words(
          "mrn nino ssn chi id nhs medical record hospital hosp patient pt case client ni national acc"
              + " social member policy reference ref chart no number num nr card student account"
              + " claim file docket licen passport badge ticket pupil employee staff prison matric"
              + " crn pps brp visa tenancy pension crime incident court loyalty library medicare"
              + " medicaid insurance code registration reg application booking customer benefit"
              + " certificate permit uci utr sin");

  /**
   * Words that name an identifier or a membership. Keep in step with {@link #CUE_WORD_STARTS}: a
   * word missing there hides the codes after it.
   */
  private static final String ID_WORD =
      "(?:id|ids|ref|refs|reference|card|member|membership|student|account|acct|acc|policy|claim"
          + "|case|file|docket|licen[cs]e|passport|badge|ticket|pupil|employee|staff|prisoner"
          + "|prison|matric|matriculation|crn|pps|brp|visa|tenancy|pension|crime|incident|court"
          + "|loyalty|library|medicare|medicaid|insurance|code|registration|reg|application"
          + "|booking|customer|benefit|certificate|permit|uci|utr|sin|record|patient|client"
          + "|hospital|referral|[a-z]-number)";

  /** A code with a letter and a digit: "CLM88213", "HB/22/449102", "1N39 8271 0441". */
  private static final String LETTER_AND_DIGIT_CODE =
      "(?=[A-Za-z0-9/-]{4})(?![0-9]+(?:am|pm|st|nd|rd|th|k|kg|x|s|ml|mg|km|hrs?|mins?)\\b)"
          + "(?=[A-Za-z0-9/-]*[A-Za-z])(?=[A-Za-z0-9/-]*\\d)[A-Za-z0-9]{1,20}(?:[/-][A-Za-z0-9]{1,20}){0,4}"
          + "(?: \\d{3,5}){0,3}";

  /**
   * Capitals, perhaps with a digit or two, then groups of digits: "RX1 449 2031", "XZH 8841 2290".
   */
  private static final String CAPITALS_THEN_GROUPS = "[A-Z]{1,4}\\d{0,3}(?: \\d{3,5}){1,3}";

  /**
   * Six digits or more, in groups: "31926819", "42/118833/25", "6339 1920 4411", "20-45-77",
   * "123.456.789-09", with a capital standing alone between groups ("12 150480 H 123") or a check
   * letter at the end ("12.334.901/B").
   */
  private static final String LONG_NUMBER =
      "(?=(?:[ ./-]?(?:[A-Z] )?\\d){6})\\d{1,12}(?:[./-]\\d{1,12}|(?: \\d{2,12})|(?: [A-Z](?= \\d))){0,5}"
          + "(?:[/-][A-Z]{1,3})?";

  private static final String NUMBER_CUE = "(?:no\\.?|nos\\.?|number|num\\.?|nr\\.?|n[º°]\\.?|#)";

  /**
   * Any code of six digits or more, or of letters and digits, right after a word that names an
   * identifier ("Account 31926819", "Claim ref CLM88213", "PPS 1234567TA"); after "no.", "number"
   * or "#" three digits will do ("Badge no. 4471"). The word stays, as with {@link #CUED}. Measures
   * and scores have no such word before them ("session 4", "PHQ-9 18").
   */
  static final Detector AFTER_ID_WORD =
      PatternDetector.of(
          PiiType.ID,
          "(?i)\\b(?:"
              + ID_WORD
              + "(?:\\s+(?:"
              + NUMBER_CUE
              + "|id|ref|reference|code))?\\s*(?:[:#.]|is)?\\s*(?<pii>(?-i:"
              + CAPITALS_THEN_GROUPS
              + "|"
              + LETTER_AND_DIGIT_CODE
              + "|"
              + LONG_NUMBER
              + "))"
              + "|"
              + NUMBER_CUE
              // Digits in spaced groups after a bare "number" are a phone's: "work number 020
              // 7946".
              + "\\s*[:.]?\\s*(?<pii2>(?-i:"
              + CAPITALS_THEN_GROUPS
              + "|(?=(?:[./-]?\\d){3})\\d{1,12}(?:[./-]\\d{1,12}){0,4}(?! \\d)"
              // Groups of three that no phone starts with: "nº 123 456 789".
              + "|[1-9]\\d{2}(?: \\d{3}){2,3}(?! \\d)|"
              + LETTER_AND_DIGIT_CODE
              + "))"
              + "|(?:ssn|ni|nhs|card|account)\\s+ending(?:\\s+in)?\\s+(?<pii3>\\d{4}))(?![\\w-])",
          clues -> clues.digits() >= 1 && clues.has(TextClues.Cue.ID_NUMBER));

  /**
   * The cue stays, so a reader still sees what kind of number was there. Generic words ("case",
   * "patient") count as cues only with "number", "no." or "#" after them, and the number must hold
   * a digit and three characters, so "NHS 111", "client 2" and "photo ID" stay.
   */
  static final Detector CUED =
      PatternDetector.of(
          PiiType.ID,
          "(?i)\\b(?:(?:MRN|NINO|SSN|CHI|ID|national\\s+insurance|NHS(?=\\s*[:#.]?\\s*"
              + NHS_SHAPE
              + "))"
              + "(?:\\s*"
              + NUMBER_WORD
              + ")?|(?:(?:medical\\s+)?record|hospital|hosp|patient|pt|case|client|NHS|NI"
              + "|national\\s+insurance|social\\s+security|member(?:ship)?|policy|reference|ref"
              + "|chart)"
              + "\\s*(?:"
              + NUMBER_WORD
              + "|id))"
              + "\\s*(?:[:#.]|is)?\\s*(?<pii>(?-i:"
              + NHS_SHAPE
              + "|"
              + SSN_SHAPE
              // After a cue any two letters will do, as in HMRC's own example "QQ 12 34 56 A".
              + "|[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]"
              + "|"
              + CAPITALS_THEN_GROUPS
              + "|[A-Za-z]{0,3}[/-]?\\d[\\dA-Za-z/-]{2,19}(?:\\.[\\dA-Za-z][\\dA-Za-z/-]{0,19}){0,4}"
              + "(?: \\d{3,5}){0,3}"
              + "))(?![\\w-])",
          clues -> clues.digits() >= 1 && clues.has(TextClues.Cue.ID_NUMBER));

  /**
   * A code with six digits or more, right after a word in capitals that names it: the many national
   * and professional registers no list can hold ("GMC 7012345", "NRIC S1234567D", "UPN
   * A123456789012", "PPSN 1234567TA"). A US state before its ZIP is an address's, and a number
   * starting with 0 or + is a phone's.
   */
  static final Detector AFTER_ACRONYM =
      PatternDetector.of(
          PiiType.ID,
          // The capitals first: the states' alternation would otherwise be tried at every letter.
          "(?<![\\w-])(?=[A-Z]{2})(?!"
              + Addresses.US_STATE
              + "\\b)[A-Z]{2,6}:?\\s?[:#]?\\s*(?<pii>(?![0+])(?=(?:[A-Za-z/.-]*\\d){6})"
              + "[A-Z]{0,3}\\d[\\dA-Z]*(?:[./-][\\dA-Z]+){0,4})(?![\\w-])",
          clues -> clues.digits() >= 6 && clues.hasUpperCase());

  /**
   * Seven digits or more that no other detector claimed, in one run ("31926819"), in two parts
   * ("855112/1234"), or twelve or more in spaced groups ("1234 5678 9012"; fewer may be a
   * helpline's, "1800 247 247"): no measure or score is written so, and a card, account or record
   * number often is, whatever word stands before it. A span of years ("2024/2025") is none.
   */
  static final Detector LONG_DIGIT_RUN =
      PatternDetector.of(
          PiiType.ID,
          "(?<![\\w£$€.,/-]|\\d )(?=\\d{3})(?:\\d{7,}"
              + "|(?!(?:19|20)\\d{2}[/-](?:19|20)?\\d{2}\\b)(?=(?:[/.-]?\\d){8})\\d{3,}[/.-]\\d{3,}"
              + "|(?=(?: ?\\d){12})\\d{3,5}(?: \\d{3,5}){2,4})"
              + "(?![\\w-]|[.,/]\\d| \\d)",
          TextClues.digitsAtLeast(7));

  static final Detector NATIONAL_INSURANCE =
      PatternDetector.of(PiiType.ID, "(?i)\\b" + NI_SHAPE + "\\b", TextClues.digitsAtLeast(6));

  static final Detector SOCIAL_SECURITY =
      PatternDetector.of(
          PiiType.ID, "(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])", TextClues.digitsAtLeast(9));

  /**
   * An NHS number without a cue is told from a phone number by its shape (3-3-4 with spaces, as NHS
   * cards print it) and its modulus 11 check digit.
   */
  static final Detector NHS_NUMBER =
      PatternDetector.of(
          PiiType.ID,
          "(?<![\\d+-])\\d{3} \\d{3} \\d{4}(?![\\d-])",
          TextClues.digitsAtLeast(10),
          Identifiers::validNhsNumber);

  static boolean validNhsNumber(String candidate) {
    String digits = candidate.replaceAll("\\D", "");
    if (digits.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (digits.charAt(i) - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == digits.charAt(9) - '0';
  }
}
