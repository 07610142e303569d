package org.goalshift.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * E-mail addresses, web addresses and telephone numbers. Those that belong to a body rather than a
 * person stay: a helpline's freephone number, a charity's web site or its support mailbox.
 */
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
                      || (clues.has(TextClues.Cue.EMAIL_AT) && clues.hasBracket()))
          .keeping(
              Contacts::bodysMailbox,
              "a body's mailbox (a role such as support@ or info@ at a domain that is an ordinary"
                  + " word), not a person's");

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
              clues -> clues.has(TextClues.Cue.WEB) || clues.has(TextClues.Cue.TOP_LEVEL_DOMAIN))
          .keeping(
              Contacts::bodysWebSite,
              "a body's web site: its domain is an ordinary word or a public service's, and its"
                  + " path, if any, ordinary words");

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
              Contacts::plausiblePhone)
          .keeping(
              Contacts::serviceNumber,
              "a freephone or non-geographic service number (0800, 0808, 03, 0845, 1800, 1-800,"
                  + " ...), which a helpline or a body holds, not a person");

  /**
   * The digits of numbers that no person holds: UK freephone, non-geographic and premium ranges
   * (0800, 0808, 0500, 03, 0843 to 0845, 0870 to 0873, 09) at their full length, which tells 0870
   * from an Irish mobile's 087, with +44 or 0044 too; Irish freephone and lo-call (1800, 1850,
   * 1890, 0818); North American toll-free (800, 888, 877, 866, 855, 844, 833, with or without the
   * 1).
   */
  private static final Pattern SERVICE_DIGITS =
      Pattern.compile(
          "(?:0|(?:00)?44)(?:80[08]\\d{6,7}|500\\d{6}|3\\d{9}|84[3-5]\\d{7}|87[0-3]\\d{7}|9\\d{9})"
              + "|(?:(?:00)?353)?(?:18[059]0|0?818)\\d{6}"
              + "|1?8(?:00|88|77|66|55|44|33)\\d{7}");

  private static boolean serviceNumber(String candidate) {
    return SERVICE_DIGITS.matcher(candidate.replaceAll("\\D", "")).matches();
  }

  /** The labels at a domain's end that say what kind of body holds it, not which: "org.uk". */
  private static final Set<String> DOMAIN_SUFFIXES =
      Set.copyOf(
          NameCues.words(
              String.join(" ", TOP_LEVEL_DOMAINS) + " ac gov nhs sch ltd plc police mod"));

  /** Mailboxes of a role, which a body's staff share: "support@", "info@", "referrals@". */
  private static final Set<String> ROLE_MAILBOXES =
      NameCues.set(
          "info support help hello enquiries enquiry inquiries contact admin office referrals"
              + " referral team bookings booking reception appointments admissions advice duty"
              + " intake helpline feedback complaints press media careers jobs volunteer"
              + " volunteering services service donations membership crisis safeguarding");

  private static final Pattern SCHEME = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?");

  /** "mind.org.uk", "calm.com", "nhs.uk/every-mind-matters": no person in the address. */
  private static boolean bodysWebSite(String address) {
    String rest = SCHEME.matcher(address).replaceFirst("");
    int slash = rest.indexOf('/');
    String host = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash + 1);
    return ordinaryDomain(host) && path.matches("[A-Za-z/._-]*") && ordinaryWords(path);
  }

  /** "support@mind.org.uk": a role's mailbox at a body's domain. */
  private static boolean bodysMailbox(String address) {
    int at = address.indexOf('@');
    return at > 0
        && ROLE_MAILBOXES.contains(address.substring(0, at).toLowerCase(Locale.ROOT))
        && ordinaryDomain(address.substring(at + 1));
  }

  /**
   * A domain of one ordinary word before the labels that say what kind of body holds it
   * ("mind.org.uk", "calm.com"), or of those labels alone ("nhs.uk", "gov.uk"); not a subdomain
   * ("ramonasrecovery.wordpress.com") nor a made-up word ("janedoe.co.uk").
   */
  private static boolean ordinaryDomain(String host) {
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    int end = labels.length;
    while (end > 0 && DOMAIN_SUFFIXES.contains(labels[end - 1])) {
      end--;
    }
    return end == 0 || (end == 1 && Gazetteer.standard().isEnglishWord(labels[0]));
  }

  /** Whether every word of a path ("every-mind-matters/") is an ordinary English word. */
  private static boolean ordinaryWords(String path) {
    for (String word : path.split("[/._-]+")) {
      if (!word.isEmpty() && !Gazetteer.standard().isEnglishWord(word)) {
        return false;
      }
    }
    return true;
  }

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
