package org.goalshift.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Personal names that follow a cue: a kinship or care word ("my sister Sarah", "her GP, Dr
 * Okafor"), a title ("Mrs. O'Neill", "Aunt Mary") or a naming phrase ("named Tom", "called Jo"). A
 * name is one or two capitalised words; further names joined by "and", "&" or a comma are taken too
 * ("my kids Liam and Ava"). A capitalised word after a cue that is not a name (a weekday, a pronoun
 * starting a run-on sentence, "Surgery" in "my GP Surgery") is left. Names with no cue are not
 * found: telling "Hope" the person from "hope" the word needs a cue.
 */
final class Names {
  /** Names after a cue: "my sister Sarah", "Dr Okafor", "named Tom", "my kids Liam and Ava". */
  static final Detector AFTER_CUE = new AfterCue();

  /** Names just before a kinship word: "Jenny (sister)", "went with Tom, her partner,". */
  static final Detector BEFORE_KIN = new BeforeKin();

  /** Kinship and role words as written, in the order the pattern tries them. */
  private static final List<String> KIN_TERMS =
      Gazetteer.lines("org/goalshift/privacy/kin-words.txt");

  private static final String KIN =
      "(?:(?:step|half|great)[- ]?)?(?:"
          + KIN_TERMS.stream().map(Pattern::quote).collect(Collectors.joining("|"))
          + ")(?:-in-law)?s?";

  /**
   * The word of each kinship term that the one pass of {@link TextClues} sees whole: the last run
   * of two or more ASCII letters ("worker" of "social worker", "law" of "in-law", "fianc" of
   * "fiancé"), since that pass reads ASCII letters only. {@link TextClues} also knows each with a
   * plural "s" and a glued "step", "half" or "great".
   */
  static final List<String> KIN_WORDS =
      KIN_TERMS.stream().map(Names::lastAsciiWord).distinct().toList();

  private static String lastAsciiWord(String term) {
    String[] runs = term.toLowerCase(Locale.ROOT).split("[^a-z]+");
    for (int i = runs.length - 1; i >= 0; i--) {
      if (runs[i].length() >= 2) {
        return runs[i];
      }
    }
    throw new IllegalArgumentException("kinship term without a word of ASCII letters: " + term);
  }

  /** Care roles as clinicians abbreviate them; upper case only, so "ot" or "sw" in words stay. */
  private static final String CARE_ROLE = "(?:SW|CPN|OT|HV|KW|RMN|RGN|SALT|SLT|SENCO|TA)";

  /** "my sister Sarah", "my partner, Alex", "SW: Kelly", "mum (Pauline)". */
  private static final String AFTER_ROLE = "(?:\\s*[,:(]\\s*|\\s+)";

  private static final String TITLE =
      "(?:(?i:dr|doctor|prof|professor|rev|revd|cllr)\\.?|(?:Mrs?|Ms|Mx|mrs?|ms)\\.?"
          + "|Miss|Sister|Father|Brother|Nurse|Aunt|Auntie|Aunty|Uncle|Nan|Nana|Nanna|Gran|Grandma"
          + "|Grandpa|Grandad|Granny|Sir|Dame|Lady|Lord|Coach|Pastor|Imam|Rabbi|Officer|Judge"
          + "|Captain|Capt\\.?)";
  private static final String NAMING =
      "(?i:named|called|calls? (?:him|her|them)self|name is|name's|names are|known as|goes by"
          + "|nicknamed|aka|a\\.k\\.a\\.)";

  /**
   * A whole word of every {@link #CARE_ROLE}, {@link #TITLE} and {@link #NAMING} alternative, for
   * {@link TextClues}: the first word of a naming phrase ("name" of "name is"), and "k", the one
   * letter of "a.k.a." rare enough to stand for it. Keep in step with those patterns.
   */
  static final List<String> OTHER_CUE_WORDS =
      NameCues.words(
          // Care roles.
          "sw cpn ot hv kw rmn rgn salt slt senco ta "
              // Titles.
              + "dr doctor prof professor rev revd cllr mr mrs ms mx miss sister father brother "
              + "nurse aunt auntie aunty uncle nan nana nanna gran grandma grandpa grandad granny "
              + "sir dame lady lord coach pastor imam rabbi officer judge captain capt "
              // Naming phrases.
              + "named called call calls name names known goes nicknamed aka k");

  private static final String KIN_AFTER_NAME =
      "(?i:(?:my|her|his|their|our|pt's|cl's|client's|the)\\s+)?(?i:" + KIN + ")\\b";

  /** One name word: Sarah, O'Neill, McDonald, Mary-Jane, Zoë. */
  private static final String WORD =
      "(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?";

  private static final Pattern CUED_NAME =
      Pattern.compile(
          "(?:\\b(?i:"
              + KIN
              + ")"
              + AFTER_ROLE
              + "|\\b"
              + CARE_ROLE
              + AFTER_ROLE
              + "|\\b"
              + TITLE
              + "\\s+|\\b"
              + NAMING
              + "\\s+)"
              + "(?<first>(?:\\p{Lu}\\.\\s*){0,2}"
              + WORD
              + ")(?:\\s+(?<second>"
              + WORD
              + "))?\\b");

  /**
   * "Jenny (sister)", "went with Tom, her partner,": the name before its kinship word. The comma
   * form needs a lower-case word before the name and a pause after the kinship word, so "moved to
   * Leeds, my sister lives there" keeps Leeds.
   */
  private static final Pattern NAME_THEN_KIN =
      Pattern.compile(
          "(?<![\\p{L}'’])(?<first>"
              + WORD
              + ")(?:\\s*\\(\\s*"
              + KIN_AFTER_NAME
              + "|(?<=\\p{Ll}\\s\\p{Lu}\\p{L}{0,40}),\\s+"
              + KIN_AFTER_NAME
              + "(?=\\s*[,.;:)!?]|\\s*$))");

  private static final Pattern MORE_NAMES =
      Pattern.compile(
          // After a comma alone the list must go on: "GP Dr Shah, Kilburn" ends on a place.
          "\\G(?:\\s*,\\s*(?="
              + WORD
              + "\\b\\s*(?:,|&|and\\b|or\\b|\\(\\d))|\\s+(?:and|&|or)\\s+|\\s*&\\s*)(?<first>"
              + WORD
              + ")\\b");

  /** Capitalised words that follow cues without being names (the file says which kinds). */
  static final Set<String> NOT_NAMES = Gazetteer.wordList("org/goalshift/privacy/not-names.txt");

  private Names() {}

  private static final class AfterCue implements Detector {
    /** The name's capital must come after the cue's first word. */
    @Override
    public boolean mayMatch(TextClues clues) {
      return clues.capitalisedAfterNameCue();
    }

    @Override
    public void find(String text, List<Span> found) {
      Matcher cued = CUED_NAME.matcher(text).useTransparentBounds(true);
      while (cued.find()) {
        if (isName(cued.group("first"), text, cued.end("first"))) {
          int end = cued.end("first");
          String second = cued.group("second");
          if (second != null && isName(second, text, cued.end("second"))) {
            end = cued.end("second");
          }
          found.add(new Span(cued.start("first"), end, PiiType.NAME));
          end = addJoinedNames(text, end, found);
          cued.region(end, text.length());
        } else {
          cued.region(cued.start("first"), text.length());
        }
      }
    }
  }

  private static final class BeforeKin implements Detector {
    /** The name's capital comes before the kinship word, which a comma or bracket sets off. */
    @Override
    public boolean mayMatch(TextClues clues) {
      return clues.hasPause() && clues.capitalisedBeforeKin();
    }

    @Override
    public void find(String text, List<Span> found) {
      Matcher reversed = NAME_THEN_KIN.matcher(text);
      while (reversed.find()) {
        String name = reversed.group("first");
        // "in September (her birthday)": a month before a bracket is a month.
        if (isName(name, text, reversed.end("first"))
            && !Dates.MONTH_WORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
          found.add(new Span(reversed.start("first"), reversed.end("first"), PiiType.NAME));
        }
      }
    }
  }

  private static int addJoinedNames(String text, int from, List<Span> found) {
    Matcher more = MORE_NAMES.matcher(text).useTransparentBounds(true);
    int end = from;
    more.region(end, text.length());
    while (more.find() && isName(more.group("first"), text, more.end("first"))) {
      found.add(new Span(more.start("first"), more.end("first"), PiiType.NAME));
      end = more.end("first");
      more.region(end, text.length());
    }
    return end;
  }

  /** A month name is a name ("my aunt June") unless a day number follows it ("my mum June 5"). */
  private static boolean isName(String word, String text, int end) {
    if (NOT_NAMES.contains(word)) {
      return false;
    }
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next >= text.length() || !Character.isDigit(text.charAt(next));
  }
}
