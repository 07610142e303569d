package org.goalshift.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Personal names found from what a name is rather than from a cue list alone. The text is cut into
 * words, and runs of name-shaped words ("Siobhán Ní Bhriain", "Kofi Mensah-Bonsu", "JOANNE
 * WHITFIELD") are weighed on several signals, each worth points:
 *
 * <ul>
 *   <li>the gazetteer: a given name or surname of some culture (2 points), or 1 point when the word
 *       is also an ordinary English word ("Hope", "Will", "Grace"); a capitalised word that is
 *       neither a known name nor an English word, 1 point, and 1 more if it has letters outside
 *       ASCII; two or more such words together, 1 point; a Gaelic patronymic ("Ó", "Ní", "Mac"), 2;
 *   <li>the words before: a kinship, role or title word ("my son", "landlord", "Mr", "Cl."), 3
 *       points; a verb of contact ("call", "see", "write to", "against", "with"), 1; an article or
 *       a preposition of place ("the", "in", "at"), minus 2, "from" minus 1;
 *   <li>the words after: a verb that takes a person ("wants", "says", "'s"), 1 point; an age or a
 *       kinship or role word in apposition ("(17)", "(client)", ", her foster mum,"), 2;
 *   <li>a list: a run joined by "and", "&amp;" or a comma to a run already found to be a name, 1.
 * </ul>
 *
 * A run with 2 points or more is a name: where the signals split, privacy wins. Words that are
 * never names here (days, months, holidays, places of care, pronouns) end a run, and a run that
 * holds an institution word ("Hospital", "Aid", "Court") is an institution. Every decision keeps
 * the signals that fired, for {@link #explain}.
 */
final class NameEvidence implements Detector {
  static final NameEvidence DETECTOR = new NameEvidence(Gazetteer.standard());

  private static final int THRESHOLD = 2;

  private final Gazetteer gazetteer;

  private NameEvidence(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Before a run, words that make it a thing or a place. */
  private static final Set<String> ARTICLES =
      NameCues.set("the a an this that these those every each any some no our your");

  private static final Set<String> PLACE_WORDS =
      NameCues.set("in at near around outside across into towards toward via");

  /** Cues written with a full stop that does not end a sentence. */
  private static final Set<String> ABBREVIATED_CUES =
      NameCues.set("cl pt mr mrs ms mx dr prof rev revd fr sr sgt pc po capt cllr re");

  /** "I've", "Didn't", "She'll": contractions, which are ordinary words. */
  private static final Pattern CONTRACTION = Pattern.compile(".+['’](?:ve|ll|m|re|d|t|s)");

  private static final Set<String> SAINTS = NameCues.set("st saint ste san santa");

  /** Verbs of going before "to", which make "to" a place's: "drive to Aberystwyth". */
  private static final Set<String> MOTION_VERBS =
      NameCues.set(
          "go goes going went drive drives driving drove move moves moving moved travel"
              + " travelling traveling fly flying flew relocate relocating relocated trip flight"
              + " bus train ferry walk walking run get");

  /** After a run, words whose subject is a person: "Hope wants", "Mercy says". */
  private static final Set<String> PERSON_VERBS =
      NameCues.set(
          "wants wanted would hopes hoped says said feels felt thinks thought told asked rang"
              + " agreed refuses refused needs likes loves hates knows drives keeps visits lives"
              + " gets came comes took found texted phoned called");

  /**
   * After a run of unknown words, a verb that makes them a subject: "Wanjiru is", "Gurpreet to".
   */
  private static final Set<String> UNKNOWN_SUBJECT_VERBS = NameCues.set("is was has had to");

  /** After a mid-sentence run, a modal makes it a subject: "I hope Joy will come". */
  private static final Set<String> MODALS = NameCues.set("will would can could should must might");

  /** Names of conditions called after who described them, as written with "'s". */
  private static final Set<String> EPONYMS =
      NameCues.set(
          "parkinson alzheimer crohn huntington asperger tourette hodgkin addison cushing raynaud"
              + " meniere ménière sjogren sjögren korsakoff wernicke munchausen hashimoto bell");

  /** Before a name, words that make it a pet's: "our cat Oscar". */
  private static final Set<String> PET_WORDS =
      NameCues.set("cat cats dog dogs puppy kitten pet rabbit hamster horse pony parrot budgie");

  /** Contact words that are prepositions, which bodies follow as often as people. */
  private static final Set<String> CONTACT_PREPOSITIONS = NameCues.set("with by against");

  /** Before a run, the initials of institutions named after a place: "HMP Pentonville". */
  private static final Set<String> INSTITUTION_INITIALS = NameCues.set("hmp hmyoi hmps hms raf");

  /**
   * After a run, nouns in lower case that make it the name of a thing, a service or a language:
   * "Kooth app", "Cruse bereavement group", "Sylheti interpreter", "Monzo account".
   */
  private static final Set<String> THING_NOUNS =
      NameCues.set(
          "app apps website site group groups course courses class classes referral interpreter"
              + " speaker speakers helpline line account card membership bereavement counselling"
              + " counseling programme program podcast tablets pills prescription meeting meetings"
              + " survivor survivors branch store shop voucher vouchers sessions session");

  /** After a run, a dose: "Sertraline 100mg", "Xanax 0.5 mg". */
  private static final Pattern DOSE =
      Pattern.compile("(?i)\\s*\\d+(?:\\.\\d+)?\\s?(?:mg|mcg|µg|ml|iu)\\b.*", Pattern.DOTALL);

  /** "DNAs", "GCSEs", "UAs": initials in the plural. */
  private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");

  /** The words for the person a note is about. */
  private static final Set<String> THE_CLIENT = NameCues.set("pt cl client patient");

  /** Words in a run that make it an institution, a place or an event, not a person. */
  private static final Set<String> INSTITUTION_WORDS =
      NameCues.set(
          "hospital court surgery clinic centre center college university school academy church"
              + " chapel cathedral mosque temple gurdwara synagogue group groups service services"
              + " trust council museum anonymous aid advice support house hall bank office"
              + " station city beach park lane street road avenue community choir futures point"
              + " minds uk first union society foundation charity association club team ward"
              + " unit prison library shop store market project allowance credit county river"
              + " lake mount bridge square arms inn line helpline bereavement care health"
              + " recovery works hub cert museum island bay airport forest");

  /**
   * Particles of Gaelic surnames and others that join a name ("Ó Súilleabháin", "Ní Bhriain", "Mac
   * Giolla Phádraig", "ap Rhys", "van der Merwe"); the Gaelic ones are evidence by themselves.
   */
  private static final Set<String> GAELIC_PARTICLES =
      NameCues.set("ó o' ní nic mac mhic uí ua bean");

  private static final Set<String> JOINING_PARTICLES =
      NameCues.set(
          "ap ab al el bin bint binti ibn van der den de la del della dela delos los da dos das du le"
              + " von di ter zu");

  private static final Set<String> NOT_NAMES = notNames();

  private static Set<String> notNames() {
    Set<String> words = new HashSet<>();
    Names.NOT_NAMES.forEach(word -> words.add(word.toLowerCase(Locale.ROOT)));
    words.addAll(Dates.MONTH_WORDS);
    words.addAll(
        NameCues.set(
            "i mon tue tues wed thu thur thurs fri sat sun mondays tuesdays wednesdays thursdays"
                + " fridays saturdays sundays weekdays weekends pastor imam rabbi aunt uncle tía tia"
                + " st saint fr sr sgt pc po goal goals aim client pt cl re referral note"
                // The records' own words: "Pt DOB: 22nd August".
                + " dob mrn nino ssn nhs gp"));
    return Set.copyOf(words);
  }

  /** A name needs a capital letter, or a cue or a bracket round it in lower case ("(kev)"). */
  @Override
  public boolean mayMatch(TextClues clues) {
    return clues.hasUpperCase() || clues.has(TextClues.Cue.NAME_EVIDENCE) || clues.hasBracket();
  }

  @Override
  public void find(String text, List<Span> found) {
    find(text, TextClues.of(text), found);
  }

  /**
   * Most goals hold only ordinary words ("Learn to feel calmer with my mum"): no run can start
   * there, which one look at each word tells without weighing the text.
   */
  @Override
  public void find(String text, TextClues clues, List<Span> found) {
    if (onlyOrdinaryWords(text)) {
      return;
    }
    findByWeighing(text, found);
  }

  /** Every run weighed, with no shortcut; what {@link #find} must agree with. */
  void findByWeighing(String text, List<Span> found) {
    for (Run run : weigh(text)) {
      if (run.score >= THRESHOLD) {
        found.add(new Span(run.start(), run.end(), PiiType.NAME));
      }
    }
  }

  @Override
  public void explain(String text, List<Redactor.Reason> reasons) {
    for (Run run : weigh(text)) {
      reasons.add(
          new Redactor.Reason(
              new Span(run.start(), run.end(), PiiType.NAME),
              (run.score >= THRESHOLD ? "is a name" : "is not a name")
                  + ": "
                  + run.score
                  + " points ("
                  + String.join(", ", run.signals)
                  + "; 2 make a name)"));
    }
  }

  /**
   * Whether no word of the text can start a run, whatever the words around it: every capitalised
   * word is an ordinary English word that is no given name, with no bracket after it, or a word
   * that is never a name, or a contraction; every word in lower case of three letters or more is an
   * ordinary word or never a name. The conditions are those of {@link #startsRun} with the context
   * left out, so where this says no, weighing would find nothing either. A text mostly in capitals
   * is weighed in full.
   */
  private boolean onlyOrdinaryWords(String text) {
    int n = text.length();
    int upperWords = 0;
    boolean afterCue = false;
    boolean brackets = text.indexOf('(') >= 0;
    for (int i = 0; i < n; ) {
      int c = text.codePointAt(i);
      boolean wordStart = startsWord(text, i);
      if (!wordStart || !Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int end = i + Character.charCount(c);
      boolean hasLower = false;
      while (end < n) {
        int d = text.codePointAt(end);
        if (!isWordChar(d)) {
          break;
        }
        hasLower |= Character.isLowerCase(d);
        end += Character.charCount(d);
      }
      // The words are those of tokenize: a possessive "'s" is not part of the name.
      boolean possessive =
          end - i > 2
              && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')
              && isPossessiveS(text, end - 2);
      int wordEnd = possessive ? end - 2 : end;
      String word = text.substring(i, wordEnd);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean cued = afterCue;
      afterCue = isRoleCue(lower);
      if (cued && Character.isUpperCase(c)) {
        // After a kinship, role or title word any capitalised word may start a name.
        return false;
      }
      if (NOT_NAMES.contains(lower)) {
        // "I", "Pt", "Monday": never a name; but a month can be one after a cue ("aunt June").
        if (Dates.MONTH_WORDS.contains(lower) && gazetteer.isGivenName(word)) {
          return false;
        }
        i = end;
        continue;
      }
      if (!Character.isUpperCase(c) && !Character.isLowerCase(c) && !Character.isTitleCase(c)) {
        // A word in a script without capitals: weigh the text in full.
        return false;
      }
      if (!Character.isUpperCase(c)
          && word.length() > 2
          && (cued || (brackets && bracketAfter(text, wordEnd)))
          && gazetteer.isGivenName(word)) {
        // "dear sue,", "pat (key worker)": a given name that is also a word, where a name stands.
        return false;
      }
      if (!Character.isUpperCase(c)) {
        // "self-criticism": a part that is only an English word keeps it from starting a run.
        boolean ordinaryParts =
            word.indexOf('-') > 0
                && anyPart(
                    word,
                    part ->
                        gazetteer.isEnglishWord(part)
                            && !gazetteer.isGivenName(part)
                            && !gazetteer.isSurname(part));
        if (word.length() > 2
            && !ordinaryParts
            && !gazetteer.isEnglishWord(lower)
            && !NOT_NAMES.contains(lower)
            && !(JOINING_PARTICLES.contains(lower) && word.length() <= 4)
            && !isContraction(word)) {
          return false;
        }
      } else if (!hasLower) {
        // An initial or an acronym: weigh a text with many of them in full (it may be shouting),
        // and one that may be a given name in capitals ("talk to SOPHIE-ANNE").
        if (++upperWords > 1 || end - i == 1 || anyPart(word, gazetteer::isGivenName)) {
          return false;
        }
      } else if (JOINING_PARTICLES.contains(lower) || GAELIC_PARTICLES.contains(lower)) {
        return false;
      } else if (!NOT_NAMES.contains(lower)
          && !isContraction(word)
          && (!gazetteer.isEnglishWord(lower)
              || gazetteer.isGivenName(word)
              || (brackets
                  && (bracketAfter(text, wordEnd)
                      || aloneInBrackets(text, new Word(i, wordEnd, word, lower)))))) {
        return false;
      }
      i = end;
    }
    return true;
  }

  /** A kinship, role or title word, or one ending in one ("ex-husband"). */
  private static boolean isRoleCue(String lower) {
    int hyphen = lower.lastIndexOf('-');
    return NameCues.ROLE_CUES.contains(lower)
        || (hyphen >= 0 && NameCues.ROLE_CUES.contains(lower.substring(hyphen + 1)));
  }

  /**
   * Whether a word of {@link #tokenize} starts at i: a letter after anything but a letter or mark,
   * or after an apostrophe or hyphen that has no letter before it ("'kev'").
   */
  private static boolean startsWord(String text, int i) {
    if (i == 0) {
      return true;
    }
    int previous = text.codePointBefore(i);
    if (Character.isLetter(previous) || Character.getType(previous) == Character.NON_SPACING_MARK) {
      return false;
    }
    if (previous == '\'' || previous == '’' || previous == '-') {
      int before = i - 1;
      return before == 0 || !Character.isLetter(text.codePointBefore(before));
    }
    return true;
  }

  /** Letters, combining marks, and the apostrophes and hyphens inside names. */
  private static boolean isWordChar(int c) {
    return Character.isLetter(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\''
        || c == '’'
        || c == '-';
  }

  /** A word: characters [start, end) of the text. */
  private record Word(int start, int end, String text, String lower) {}

  /** A run of name-shaped words, its points and the signals that gave them. */
  private static final class Run {
    final List<Word> words = new ArrayList<>();
    final List<String> signals = new ArrayList<>();
    int firstIndex;
    int lastIndex;
    int score;

    int start() {
      return words.get(0).start();
    }

    int end() {
      return words.get(words.size() - 1).end();
    }

    void add(int points, String signal) {
      score += points;
      signals.add((points >= 0 ? "+" : "") + points + " " + signal);
    }
  }

  /** Every run of name-shaped words in the text, weighed. */
  private List<Run> weigh(String text) {
    List<Word> words = tokenize(text);
    Shape shape = Shape.of(text, words);
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      if (!startsRun(text, words, i, shape)) {
        i++;
        continue;
      }
      Run run = new Run();
      run.firstIndex = i;
      boolean cued = strongCueBefore(text, words, i);
      int j = i;
      while (j < words.size()
          && (j == i
              || (adjacent(text, words.get(j - 1), words.get(j))
                  && continuesRun(words, j, shape, cued && j == i + 1)))) {
        run.words.add(words.get(j));
        j++;
      }
      // A run does not end on a lower-case particle ("de" in "Cruz de").
      while (run.words.size() > 1 && isJoiningParticle(run.words.get(run.words.size() - 1))) {
        run.words.remove(run.words.size() - 1);
        j--;
      }
      run.lastIndex = j - 1;
      score(text, words, run, shape);
      runs.add(run);
      i = j;
    }
    weighBesideNames(text, runs);
    return runs;
  }

  private boolean startsRun(String text, List<Word> words, int i, Shape shape) {
    Word word = words.get(i);
    boolean upper = Character.isUpperCase(word.text().codePointAt(0));
    if (!upper) {
      return isCaseless(word) ? shape.caselessNames() : startsRunInLowerCase(text, words, i, shape);
    }
    if (isContraction(word.text())
        || (word.text().indexOf('-') > 0
            && allParts(word, part -> NOT_NAMES.contains(part.toLowerCase(Locale.ROOT))))) {
      return false;
    }
    if ((isRoleCue(word.lower()) && !Dates.MONTH_WORDS.contains(word.lower()))
        || NameCues.CONTACT_WORDS.contains(word.lower())) {
      // A kinship, role or title word or a verb of contact is a name's cue, not a name: "tell
      // Ammi", "Rev Phiri", "See Rich at the gym".
      return false;
    }
    if (EPONYMS.contains(word.lower())
        && possessive(text, word.end())
        && !strongCueBefore(text, words, i)) {
      // "Parkinson's", "Crohn's": a condition named after who described it.
      return false;
    }
    if (NOT_NAMES.contains(word.lower())) {
      // A month that is also a given name is one after a cue or before a surname: "aunt June".
      return Dates.MONTH_WORDS.contains(word.lower())
          && gazetteer.isGivenName(word.text())
          && isCapitalised(word, shape)
          && (strongCueBefore(text, words, i)
              || roleBracketAfter(text, word.end())
              || (i + 1 < words.size()
                  && adjacent(text, word, words.get(i + 1))
                  && isCapitalised(words.get(i + 1), shape)
                  && isKnownName(words.get(i + 1))));
    }
    if (isJoiningParticle(word)) {
      // "Van der Merwe", "De Souza": a capitalised particle starts a name before one.
      return i + 1 < words.size()
          && adjacent(text, word, words.get(i + 1))
          && (isJoiningParticle(words.get(i + 1)) || isCapitalised(words.get(i + 1), shape));
    }
    if (isCapitalised(word, shape) || isGaelicParticle(word)) {
      // An ordinary word that is no given name starts a name only with a cue or an age after it,
      // or alone in brackets, where an alias stands: "Victory (11)", "Winston ('Win')", but not
      // "Call Agnieszka" or "Goal".
      return !gazetteer.isEnglishWord(word.text())
          || gazetteer.isGivenName(word.text())
          || strongCueBefore(text, words, i)
          || bracketAfter(text, word.end())
          || aloneInBrackets(text, word);
    }
    // In capitals among mixed case, an acronym ("called NHS 111", "a plan with MABS") unless a
    // cue or a verb of contact comes before a known name: "Dr MCALLISTER", "talk to SOPHIE-ANNE".
    return word.text().length() > 2
        && (strongCueBefore(text, words, i)
            || (contactBefore(text, words, i)
                && !CONTACT_PREPOSITIONS.contains(words.get(i - 1).lower())
                && allParts(word, gazetteer::isGivenName)))
        && isKnownName(word)
        && !gazetteer.isEnglishWord(word.text());
  }

  /**
   * A word in lower case starts a name only with more to go on than its look. An ordinary word only
   * as a given name after a cue and before a pause ("dear sue,") or before a bracket naming its
   * role ("pat (key worker)"). Another word after a cue; a given name after a verb of contact,
   * alone in brackets, or anywhere from a writer who writes in lower case ("love from stacey"); and
   * a given name or a word beyond ASCII before a person's verb, where a subject stands ("bríd
   * says", "seo-yeon says"). The word list is asked first: most words in lower case are ordinary.
   */
  private boolean startsRunInLowerCase(String text, List<Word> words, int i, Shape shape) {
    Word word = words.get(i);
    if (word.text().length() <= 2
        || NOT_NAMES.contains(word.lower())
        || isJoiningParticle(word)
        || isContraction(word.text())
        || isRoleCue(word.lower())) {
      return false;
    }
    boolean given = gazetteer.isGivenName(word.text());
    if (gazetteer.isEnglishWord(word.text())) {
      return given
          && ((strongCueBefore(text, words, i) && pauseAfter(text, word.end()))
              || roleBracketAfter(text, word.end()));
    }
    boolean subjectPlace =
        i == 0 || contactBefore(text, words, i) || atSentenceStart(text, word.start());
    return (strongCueBefore(text, words, i) && !isEnglish(word) && !afterTopicCue(text, words, i))
        || roleBracketAfter(text, word.end())
        || ((contactBefore(text, words, i) || aloneInBrackets(text, word) || shape.lowerCase())
            && given)
        || (subjectPlace
            && subjectVerbAfter(text, words, i)
            && (given
                || beyondAscii(word)
                || allParts(word, part -> !gazetteer.isEnglishWord(part))
                    && word.text().indexOf('-') > 0));
  }

  /** "re: sertraline": after "re" comes what a note is about, more often a thing than a person. */
  private static boolean afterTopicCue(String text, List<Word> words, int i) {
    return "re".equalsIgnoreCase(cueWord(text, words, i));
  }

  /** "(key worker)", "(sister)": a bracket after a word naming a role, not a number or a date. */
  private static boolean roleBracketAfter(String text, int end) {
    if (!bracketAfter(text, end)) {
      return false;
    }
    int close = text.indexOf(')', end);
    return text.substring(end, close).chars().noneMatch(Character::isDigit);
  }

  private static boolean pauseAfter(String text, int end) {
    return end >= text.length() || ",.;:!?)".indexOf(text.charAt(end)) >= 0;
  }

  /** "says", "wants", "was": the word after i makes it the subject of a sentence. */
  private static boolean subjectVerbAfter(String text, List<Word> words, int i) {
    if (i + 1 >= words.size() || !closeAfter(text, words.get(i).end(), words.get(i + 1))) {
      return false;
    }
    String next = words.get(i + 1).lower();
    return PERSON_VERBS.contains(next)
        || (UNKNOWN_SUBJECT_VERBS.contains(next) && !next.equals("to"));
  }

  private static boolean beyondAscii(Word word) {
    return word.text().chars().anyMatch(c -> c >= 0x80);
  }

  /** A word in a script without capitals: Chinese, Arabic, Devanagari, Hangul. */
  private static boolean isCaseless(Word word) {
    int first = word.text().codePointAt(0);
    return !Character.isUpperCase(first)
        && !Character.isLowerCase(first)
        && !Character.isTitleCase(first);
  }

  private boolean continuesRun(List<Word> words, int j, Shape shape, boolean secondAfterCue) {
    Word word = words.get(j);
    if (INSTITUTION_WORDS.contains(word.lower()) && Character.isUpperCase(word.text().charAt(0))) {
      return true;
    }
    if (NOT_NAMES.contains(word.lower())) {
      return false;
    }
    if (isJoiningParticle(word) || isGaelicParticle(word)) {
      return true;
    }
    Word previous = words.get(j - 1);
    if (inCapitals(word) && inCapitals(previous)) {
      // A name in capitals among mixed case goes on in capitals: "Cl. (MUHAMMAD ALI RAZA)".
      return isKnownName(word) || !gazetteer.isEnglishWord(word.text());
    }
    if (!isCapitalised(word, shape) && !isInitial(word)) {
      return false;
    }
    // An ordinary word continues a name when it is also a name ("Dawn Ferguson") or follows one
    // that is no ordinary word ("Dean Marsh", "Doreen Pickles"), but not in "Will I".
    // After a cue, two capitalised words are a full name: "Cl. Dean Marsh".
    return !gazetteer.isEnglishWord(word.text())
        || isKnownName(word)
        || (secondAfterCue && !shape.shouting())
        || (!shape.shouting()
            && !isEnglish(previous)
            && !isInitial(previous)
            && !isJoiningParticle(previous));
  }

  private void score(String text, List<Word> words, Run run, Shape shape) {
    int best = 0;
    String bestSignal = null;
    int nameLike = 0;
    for (Word word : run.words) {
      if (isGaelicParticle(word)) {
        run.add(2, "Gaelic patronymic '" + word.text() + "'");
        continue;
      }
      if (isJoiningParticle(word) || isInitial(word)) {
        continue;
      }
      if (INSTITUTION_WORDS.contains(word.lower())) {
        if (!personVerbAfter(text, words, run)) {
          run.add(-4, "institution word '" + word.text() + "'");
        }
        continue;
      }
      int points;
      String signal;
      boolean english = isEnglish(word);
      boolean known = isKnownName(word);
      boolean place = gazetteer.isPlace(word.text());
      if (known && english && shape.shouting()) {
        points = 0;
        signal = null;
      } else if (known) {
        points = english || place ? 1 : 2;
        signal =
            (gazetteer.isGivenName(word.text()) || anyPart(word, gazetteer::isGivenName)
                    ? "given name"
                    : "surname")
                + (english ? " that is also an English word" : "")
                + (place ? " and a place" : "")
                + " '"
                + word.text()
                + "'";
      } else if (place) {
        points = 0;
        signal = "place or people '" + word.text() + "'";
      } else if (!english && surnamePlural(word)) {
        points = 2;
        signal = "surname in the plural '" + word.text() + "', as a family is called";
      } else if (ACRONYM_PLURAL.matcher(word.text()).matches()) {
        points = 0;
        signal = "initials in the plural '" + word.text() + "'";
      } else if (!english && camelCase(word)) {
        points = 0;
        signal = "a brand's inner capital '" + word.text() + "'";
      } else if (!english && gazetteer.isProperNoun(word.text())) {
        // Known, but not as a name: more often a town, a body or a brand than a person.
        points = shape.shouting() ? 0 : 1;
        signal = "proper noun on no name list '" + word.text() + "'";
      } else if (!english) {
        boolean beyondAscii = beyondAscii(word);
        boolean capitalised = Character.isUpperCase(word.text().codePointAt(0));
        // A capital in mid-sentence on a word that no list knows (no word, name, place, body or
        // brand) is a name unless something else says otherwise, as Philter reads it.
        boolean midSentence = capitalised && !atSentenceStart(text, word.start());
        points = shape.shouting() ? 0 : (beyondAscii || midSentence ? 2 : 1);
        signal =
            (capitalised ? "capitalised word" : "word")
                + " in no word list '"
                + word.text()
                + "'"
                + (isCaseless(word)
                    ? " in a script without capitals"
                    : shape.shouting()
                        ? ""
                        : beyondAscii
                            ? " with letters beyond ASCII"
                            : midSentence ? " in mid-sentence" : "");
      } else {
        points = 0;
        signal = null;
      }
      nameLike += points > 0 ? 1 : 0;
      if (points > best) {
        best = points;
        bestSignal = signal;
      }
    }
    if (bestSignal != null) {
      run.add(best, bestSignal);
    } else if (best == 0 && run.words.size() == 1 && isEnglish(run.words.get(0))) {
      run.signals.add("+0 ordinary English word '" + run.words.get(0).text() + "'");
    }
    if (nameLike >= 2) {
      run.add(1, "several name-like words together");
    }
    if (shape.shouting()
        && run.words.size() >= 2
        && gazetteer.isGivenName(run.words.get(0).text())
        && gazetteer.isSurname(run.words.get(run.words.size() - 1).text())) {
      run.add(2, "a given name and a surname together, in a text in capitals");
    }
    Word first = run.words.get(0);
    int before = run.firstIndex - 1;
    if (shape.lowerCase()
        && run.firstIndex > 0
        && Character.isUpperCase(first.text().codePointAt(0))
        && isKnownName(first)
        && !atSentenceStart(text, first.start())) {
      run.add(1, "capitalised by a writer who writes in lower case");
    }
    if (strongCueBefore(text, words, run.firstIndex)) {
      run.add(3, "after the cue '" + cueWord(text, words, run.firstIndex) + "'");
    } else if (contactBefore(text, words, run.firstIndex) && !placeGoneTo(text, words, run)) {
      run.add(1, "after '" + words.get(before).text() + "'");
    } else if (before >= 0 && closeBefore(text, words.get(before), first)) {
      String previous = words.get(before).lower();
      // A possessive makes "at Jade's" a person's, but not "the McDonald's" or "St James's".
      boolean persons = possessive(text, run.end());
      if (previous.equals("the") && familyByName(run)) {
        run.add(1, "'the' before a name in the plural, as a family is called");
      } else if (ARTICLES.contains(previous)) {
        run.add(-2, "after the article '" + words.get(before).text() + "'");
      } else if (SAINTS.contains(previous)) {
        run.add(-2, "after '" + words.get(before).text() + "', as a church, street or feast is");
      } else if (INSTITUTION_INITIALS.contains(previous)) {
        run.add(-2, "after '" + words.get(before).text() + "', as an institution is");
      } else if (persons) {
        run.signals.add("+0 possessive, so not a place");
      } else if (PET_WORDS.contains(previous)) {
        run.add(-2, "after '" + words.get(before).text() + "', as a pet's name is");
      } else if (PLACE_WORDS.contains(previous)) {
        run.add(-2, "after '" + words.get(before).text() + "', as a place is");
      } else if (previous.equals("from") && !givenNameNoPlace(run) && knownWordIn(run)) {
        run.add(-1, "after 'from'");
      } else if (previous.equals("to") && motionBefore(text, words, before) != null) {
        run.add(-2, "after '" + motionBefore(text, words, before) + " ... to', as a place is");
      }
    }
    if (before >= 0
        && Addresses.STREET_WORDS.contains(words.get(before).lower())
        && Character.isUpperCase(words.get(before).text().codePointAt(0))
        && text.substring(words.get(before).end(), first.start()).matches(",\\s*")) {
      run.add(-2, "after a street and a comma, as a district or town is");
    }
    afterRun(text, words, run);
  }

  private void afterRun(String text, List<Word> words, Run run) {
    int end = run.end();
    int next = run.lastIndex + 1;
    String rest = text.substring(end, Math.min(text.length(), end + 60));
    int previous = run.firstIndex - 1;
    boolean churchOrShop =
        previous >= 0
            && (SAINTS.contains(words.get(previous).lower())
                || ARTICLES.contains(words.get(previous).lower()));
    if (possessive(text, end) && !churchOrShop) {
      if (next + 1 < words.size()
          && INSTITUTION_WORDS.contains(words.get(next + 1).lower())
          && Character.isUpperCase(words.get(next + 1).text().codePointAt(0))) {
        run.add(-4, "before 's " + words.get(next + 1).text() + ", as an institution is");
      } else {
        run.add(1, "possessive");
      }
    }
    if (DOSE.matcher(rest).matches()) {
      run.add(-2, "before a dose, as a medicine is");
    }
    if (next < words.size()
        && closeAfter(text, end, words.get(next))
        && THING_NOUNS.contains(words.get(next).text())) {
      run.add(-2, "before '" + words.get(next).text() + "', as a thing's or a service's name is");
    }
    if (placeAfterComma(rest)) {
      run.add(-2, "before a comma and a place, as a town is");
    }
    if (bracketAfter(text, end)) {
      run.add(2, "a bracket with an age, kinship or role after it");
    } else if (rest.matches(
        "(?s)\\s*,\\s*(?:my|her|his|their|our|the|client's|pt's|cl's)?\\s*"
            + "(?:[\\p{L}-]+\\s+){0,2}?(?:"
            + kinAlternatives()
            + ")\\s*(?:[,.;:)!?\\-–].*|$)")) {
      run.add(2, "a kinship or role word after a comma");
    } else if (rest.matches(
        "(?s)[ ,]+\\d{1,2}\\b(?![\\d:/%]|\\.\\d)(?!\\s*(?:am|pm|times|days|weeks|months|years|yrs|mins|minutes|hours|hrs|units|x|mg|mcg|ml|kg|g|lbs|km|miles|steps|%)\\b).*")) {
      run.add(2, "an age after it");
    }
    if (unknownOnly(run) && rest.matches("(?s)\\s*\\(.*")) {
      run.add(1, "an unknown word before a bracket");
    }
    if (next < words.size() && closeAfter(text, run.end(), words.get(next))) {
      String following = words.get(next).lower();
      if (PERSON_VERBS.contains(following)) {
        run.add(1, "before '" + words.get(next).text() + "'");
      } else if (UNKNOWN_SUBJECT_VERBS.contains(following) && unknownOnly(run)) {
        run.add(1, "an unknown word before '" + words.get(next).text() + "'");
      } else if (MODALS.contains(following) && !atSentenceStart(text, run.start())) {
        run.add(1, "before '" + words.get(next).text() + "' mid-sentence");
      } else if (following.equals("and") && next + 1 < words.size()) {
        String after = words.get(next + 1).lower();
        if (after.equals("i")
            || after.equals("his")
            || after.equals("her")
            || after.equals("their")) {
          run.add(1, "before 'and " + words.get(next + 1).text() + "'");
        }
      }
    }
    if (previous >= 1
        && words.get(previous).lower().equals("and")
        && (words.get(previous - 1).lower().equals("me")
            || words.get(previous - 1).lower().equals("i"))) {
      run.add(1, "after 'me and'");
    }
  }

  /**
   * In a bracket after a name: an age, a school year or pronouns ("(7)", "(Y9)", "(they/them)").
   */
  private static final Pattern BRACKET_AGE =
      Pattern.compile(
          "(?i)(?:^|[^\\d:/.])\\d{1,2}(?![\\d:/%]|\\.\\d)|\\by(?:ea)?r?\\s?\\d{1,2}\\b|they/them|she/her|he/him");

  /** A place's own possessive is rare; a person's is everywhere: "go to Jade's wedding". */
  private static boolean possessive(String text, int end) {
    return text.startsWith("'s", end) || text.startsWith("’s", end) || text.startsWith("' ", end);
  }

  /** ", Nebraska in August", ", IL 62704", ", Ohio." but not ", Nigerian postgrad". */
  private static final Pattern COMMA_THEN_WORD =
      Pattern.compile(
          "(?s),\\s+(\\p{Lu}[\\p{L}]+)(?:\\s*$|\\s*[,.;:)!?\\d-]|\\s+\\p{Lu}|\\s+(?:in|on|by|for|and"
              + "|to|from|until|before|after|next|this|last)\\b).*");

  /** "Lincoln, Nebraska", "Springfield, IL": a town before its state or country. */
  private boolean placeAfterComma(String rest) {
    java.util.regex.Matcher comma = COMMA_THEN_WORD.matcher(rest);
    if (!comma.matches()) {
      return false;
    }
    String next = comma.group(1);
    return (gazetteer.isPlace(next) && !gazetteer.isGivenName(next))
        || (next.length() == 2 && Addresses.isUsState(next));
  }

  /** "(17)", "(client)", "(pt's daughter, 16)", "(they/them)" just after a word. */
  private static boolean bracketAfter(String text, int end) {
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= text.length() || text.charAt(next) != '(') {
      return false;
    }
    int close = text.indexOf(')', next);
    if (close < 0 || close - next > 80 || text.substring(next + 1, close).indexOf('(') >= 0) {
      return false;
    }
    String inside = text.substring(next + 1, close);
    if (BRACKET_AGE.matcher(inside).find()) {
      return true;
    }
    for (String word : inside.toLowerCase(Locale.ROOT).split("[^\\p{L}'’.-]+")) {
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      if (isRoleCue(bare) || anyPart(bare, NameEvidence::isRoleCue)) {
        return true;
      }
    }
    return false;
  }

  /** "I've", "Didn't", "She'll": a contraction, which is an ordinary word. */
  private static boolean isContraction(String word) {
    return (word.indexOf('\'') > 0 || word.indexOf('’') > 0) && CONTRACTION.matcher(word).matches();
  }

  /** "moving back to Utrecht": a place after a verb of going and "to", which "back" left open. */
  private boolean placeGoneTo(String text, List<Word> words, Run run) {
    int to = run.firstIndex - 1;
    return words.get(to).lower().equals("to")
        && motionBefore(text, words, to) != null
        && run.words.stream().anyMatch(word -> gazetteer.isPlace(word.text()));
  }

  /**
   * A verb of going a few words before "to", in the same clause: "drive to Aberystwyth", "moving
   * from Leeds to Bradford".
   */
  private static String motionBefore(String text, List<Word> words, int to) {
    for (int k = to - 1; k >= Math.max(0, to - 4); k--) {
      if (!closeBefore(text, words.get(k), words.get(k + 1))) {
        return null;
      }
      if (MOTION_VERBS.contains(words.get(k).lower())) {
        return words.get(k).text();
      }
    }
    return null;
  }

  private boolean personVerbAfter(String text, List<Word> words, Run run) {
    int next = run.lastIndex + 1;
    return next < words.size()
        && closeAfter(text, run.end(), words.get(next))
        && PERSON_VERBS.contains(words.get(next).lower());
  }

  private static final Pattern PLURAL = Pattern.compile(".*[^sui]s");

  /** "from Jade" is a person's, as "from Leeds" is a place's. */
  private boolean givenNameNoPlace(Run run) {
    return run.words.stream()
        .anyMatch(word -> gazetteer.isGivenName(word.text()) && !gazetteer.isPlace(word.text()));
  }

  /** "from Leeds" is a place's, but "from Deano", a word that no list knows, a person's. */
  private boolean knownWordIn(Run run) {
    return run.words.stream()
        .anyMatch(
            word ->
                isKnownName(word)
                    || isEnglish(word)
                    || gazetteer.isPlace(word.text())
                    || gazetteer.isProperNoun(word.text()));
  }

  /** "Hendersons": a known surname with a plural "s". */
  private boolean surnamePlural(Word word) {
    String text = word.text();
    return text.length() > 4
        && PLURAL.matcher(text).matches()
        && Character.isUpperCase(text.codePointAt(0))
        && gazetteer.isSurname(text.substring(0, text.length() - 1));
  }

  /**
   * "the Hendersons", "the Pattersons": one word in the plural that is no English word or place,
   * and whose singular is a surname or on no list either.
   */
  private boolean familyByName(Run run) {
    if (run.words.size() != 1) {
      return false;
    }
    Word word = run.words.get(0);
    String text = word.text();
    // "Inverness", "Marcus", "Travis" end in "s" without being plurals.
    if (text.length() <= 4
        || !PLURAL.matcher(text).matches()
        || isEnglish(word)
        || gazetteer.isPlace(text)) {
      return false;
    }
    String singular = text.substring(0, text.length() - 1);
    return gazetteer.isSurname(singular)
        || (!gazetteer.isEnglishWord(singular) && !gazetteer.isPlace(singular));
  }

  /** Whether no word of the run is on any list: a name the gazetteer lacks, or a place. */
  private boolean unknownOnly(Run run) {
    return run.words.stream()
        .allMatch(
            word -> !isKnownName(word) && !isEnglish(word) && !gazetteer.isPlace(word.text()));
  }

  /** "StepChange", "WhatsApp": a capital inside a word, as brands write, but for "McDonald". */
  private static boolean camelCase(Word word) {
    String text = word.text();
    for (int i = 1; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))
          && Character.isLowerCase(text.charAt(i - 1))
          && !NAME_PREFIX.matcher(text.substring(0, i)).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern NAME_PREFIX =
      Pattern.compile("Mc|Mac|Nic|Mhic|Fitz|De|Di|Da|Dos|Du|La|Le|Van|Von|Ni|O|Al|El|Abu|Ben|Bin");

  /**
   * What the names of a text say about its other runs. A run joined to a name by "and", "&" or a
   * comma is likely a name too ("Kai and Leo"); so is one alone in brackets after a name, an alias
   * ("Chukwuemeka (Emeka)"), and one after such a bracket, the surname ("Stanisław (Stas) Kowal").
   * A word already weighed a name in the text is that name wherever else it stands ("avoid the
   * Lenny flat", after "Lenny got me into it").
   */
  private void weighBesideNames(String text, List<Run> runs) {
    for (int pass = 0; pass < 2; pass++) {
      Set<String> nameWords = new HashSet<>();
      for (Run run : runs) {
        if (run.score >= THRESHOLD) {
          run.words.forEach(word -> nameWords.add(word.lower()));
        }
      }
      for (int k = 0; k < runs.size(); k++) {
        Run run = runs.get(k);
        if (run.score >= THRESHOLD) {
          continue;
        }
        if (run.words.stream().allMatch(word -> nameWords.contains(word.lower()))) {
          run.add(2, "the same word as a name elsewhere in the text");
          continue;
        }
        if (run.score <= 0) {
          continue;
        }
        Run before = k > 0 && runs.get(k - 1).score >= THRESHOLD ? runs.get(k - 1) : null;
        Run after =
            k + 1 < runs.size() && runs.get(k + 1).score >= THRESHOLD ? runs.get(k + 1) : null;
        if ((before != null
                && joinedBy(text, before.end(), run.start())
                && listGoesOn(text, before, run))
            || (after != null && joinedBy(text, run.end(), after.start()))) {
          run.add(1, "in a list with a name");
        } else if (before != null
            && ALIAS_BETWEEN.matcher(gap(text, before, run)).matches()
            && ALIAS_END.matcher(text).region(run.end(), text.length()).lookingAt()) {
          run.add(1, "alone in brackets after a name, as an alias is");
        } else if (before != null && afterAlias(text, before, run)) {
          run.add(1, "after a name and a bracket, as a surname after an alias is");
        }
      }
    }
  }

  /**
   * Whether a run after a name and a comma alone is a list's: "and" joins them, or the list goes on
   * after it ("Liam, Ava and Noah"). "GP Dr Shah, Kilburn" ends on a place.
   */
  private static boolean listGoesOn(String text, Run before, Run run) {
    return !gap(text, before, run).strip().equals(",")
        || LIST_GOES_ON.matcher(text.substring(run.end())).lookingAt();
  }

  private static final Pattern LIST_GOES_ON =
      Pattern.compile("\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:,|&|and\\b|or\\b)");

  private static final Pattern ALIAS_BETWEEN = Pattern.compile("\\s*\\(\\s*['‘\"“]?");

  private static final Pattern ALIAS_END = Pattern.compile("['’\"”]?\\)");

  private static final Pattern BRACKET_BETWEEN = Pattern.compile("\\s*\\([^()]{1,30}\\)\\s+");

  /** "Stanisław (Stas) Kowal": the run after a name's bracket, or after the alias inside it. */
  private static boolean afterAlias(String text, Run before, Run run) {
    String gap = gap(text, before, run);
    return BRACKET_BETWEEN.matcher(gap).matches()
        || (gap.matches("\\)\\s+") && before.start() > 0 && text.charAt(before.start() - 1) == '(');
  }

  private static String gap(String text, Run before, Run run) {
    return run.start() < before.end() ? "" : text.substring(before.end(), run.start());
  }

  private static boolean joinedBy(String text, int end, int start) {
    if (start < end) {
      return false;
    }
    String between = text.substring(end, start);
    return between.matches(
        "\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:,|&|and|or|,\\s*and)\\s*|\\s+(?:and|&|or)\\s+");
  }

  private boolean isKnownName(Word word) {
    return gazetteer.isGivenName(word.text())
        || gazetteer.isSurname(word.text())
        || (word.text().indexOf('-') > 0
            && allParts(
                word,
                part ->
                    gazetteer.isGivenName(part)
                        || gazetteer.isSurname(part)
                        || !gazetteer.isEnglishWord(part)));
  }

  private boolean isEnglish(Word word) {
    if (isContraction(word.text())) {
      return true;
    }
    if (word.text().indexOf('-') > 0) {
      return anyPart(
              word,
              part ->
                  gazetteer.isEnglishWord(part)
                      && !gazetteer.isGivenName(part)
                      && !gazetteer.isSurname(part))
          || gazetteer.isEnglishWord(word.text());
    }
    String bare = word.text().replaceAll("['’]s$", "");
    return gazetteer.isEnglishWord(bare);
  }

  private static boolean anyPart(Word word, java.util.function.Predicate<String> test) {
    return anyPart(word.text(), test);
  }

  private static boolean anyPart(String word, java.util.function.Predicate<String> test) {
    for (String part : word.split("-")) {
      if (!part.isEmpty() && test.test(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allParts(Word word, java.util.function.Predicate<String> test) {
    for (String part : word.text().split("-")) {
      if (part.isEmpty() || !test.test(part)) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern ARABIC_ARTICLE =
      Pattern.compile("(?:al|el|bin|ibn|abu|bint)-\\p{Lu}.*");

  private static boolean isCapitalised(Word word, Shape shape) {
    String text = word.text();
    if (ARABIC_ARTICLE.matcher(text).matches() || (shape.caselessNames() && isCaseless(word))) {
      return true;
    }
    int first = text.codePointAt(0);
    if (!Character.isUpperCase(first)) {
      return false;
    }
    if (shape.shouting()) {
      return text.length() >= 2;
    }
    return !hasNoLowerCase(text);
  }

  /** A word of two letters or more, all capitals: "RAZA", "SOPHIE-ANNE". */
  private static boolean inCapitals(Word word) {
    return word.text().length() >= 2
        && Character.isUpperCase(word.text().codePointAt(0))
        && hasNoLowerCase(word.text());
  }

  private static boolean isInitial(Word word) {
    return word.text().length() == 1 && Character.isUpperCase(word.text().charAt(0));
  }

  private static boolean isGaelicParticle(Word word) {
    return Character.isUpperCase(word.text().codePointAt(0))
        && GAELIC_PARTICLES.contains(word.lower())
        && !word.lower().equals("o'");
  }

  private static boolean isJoiningParticle(Word word) {
    return JOINING_PARTICLES.contains(word.lower())
        && word.text().length() <= 4
        && (Character.isLowerCase(word.text().charAt(0))
            || word.lower().equals("van")
            || word.lower().equals("al"));
  }

  private boolean strongCueBefore(String text, List<Word> words, int i) {
    return cueWord(text, words, i) != null;
  }

  private static final Pattern CUE_GAP =
      Pattern.compile("\\.?\\s*[:,(\\-–]?\\s*[(\"'‘“]?\\s*|'s\\s+|’s\\s+");

  /** The kinship, role or title word just before word i, across ":", ",", "(", "-" or "'s". */
  private static String cueWord(String text, List<Word> words, int i) {
    if (i == 0) {
      return null;
    }
    Word previous = words.get(i - 1);
    String between = text.substring(previous.end(), words.get(i).start());
    if (!CUE_GAP.matcher(between).matches()) {
      return null;
    }
    String lower = previous.lower();
    // "Cl. Sunita", "Dr. Ó Súilleabháin"; but "my ex. Like fully" ends a sentence.
    if (between.indexOf('.') >= 0 && !ABBREVIATED_CUES.contains(lower)) {
      return null;
    }
    return isRoleCue(lower) ? previous.text() : null;
  }

  /** A verb of contact just before word i, in the same clause: not "pupil's phone. Wellbeing". */
  private static boolean contactBefore(String text, List<Word> words, int i) {
    if (i == 0 || !closeBefore(text, words.get(i - 1), words.get(i))) {
      return false;
    }
    String previous = words.get(i - 1).lower();
    if (NameCues.CONTACT_WORDS.contains(previous)) {
      return true;
    }
    // "my social worker is Lindiwe"; but "Pt is Hindu" says what the client is.
    if ((previous.equals("is") || previous.equals("was"))
        && i >= 2
        && isRoleCue(words.get(i - 2).lower())
        && !THE_CLIENT.contains(words.get(i - 2).lower())
        && closeBefore(text, words.get(i - 2), words.get(i - 1))) {
      return true;
    }
    return previous.equals("to") && i >= 2 && NameCues.TO_PERSON.contains(words.get(i - 2).lower());
  }

  /** "(kev)", "('Win')": a word alone in brackets, perhaps in quotes. */
  private static boolean aloneInBrackets(String text, Word word) {
    int before = word.start() - 1;
    if (before >= 0 && QUOTES.indexOf(text.charAt(before)) >= 0) {
      before--;
    }
    int after = word.end();
    if (after < text.length() && QUOTES.indexOf(text.charAt(after)) >= 0) {
      after++;
    }
    return before >= 0
        && text.charAt(before) == '('
        && after < text.length()
        && text.charAt(after) == ')';
  }

  private static final String QUOTES = "'‘’\"“”";

  private static boolean adjacent(String text, Word left, Word right) {
    String between = text.substring(left.end(), right.start());
    return between.equals(" ") || (isInitial(left) && between.equals(". "));
  }

  private static boolean closeBefore(String text, Word previous, Word first) {
    return text.substring(previous.end(), first.start()).isBlank();
  }

  private static boolean closeAfter(String text, int end, Word next) {
    return text.substring(end, next.start()).isBlank();
  }

  private static boolean atSentenceStart(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '"' && c != '\'' && c != '‘' && c != '“') {
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '-' || c == '•';
      }
    }
    return true;
  }

  /**
   * How the writer uses capitals, which decides what a capital says. In a text mostly in capitals
   * it says nothing. From a writer who writes in lower case (a text that starts so, or "i") it is
   * chosen, and a name in lower case is as likely as any. Where most words are in a script with
   * capitals, a word in a script without them is a name written in its own ("Wei Zhang (张伟)");
   * where most are, such words are the text itself.
   */
  private record Shape(boolean shouting, boolean lowerCase, boolean caselessNames) {
    static Shape of(String text, List<Word> words) {
      int cased = 0;
      int caseless = 0;
      boolean lowerI = false;
      for (Word word : words) {
        if (isCaseless(word)) {
          caseless++;
        } else {
          cased++;
          lowerI |= word.text().equals("i");
        }
      }
      boolean startsLower =
          !words.isEmpty() && Character.isLowerCase(words.get(0).text().codePointAt(0));
      return new Shape(
          mostlyUpperCase(words), startsLower || lowerI, cased >= 2 && caseless * 2 < cased);
    }
  }

  private static boolean mostlyUpperCase(List<Word> words) {
    int upper = 0;
    int letters = 0;
    for (Word word : words) {
      if (word.text().length() < 2) {
        continue;
      }
      letters++;
      upper += hasNoLowerCase(word.text()) ? 1 : 0;
    }
    return letters >= 3 && upper * 10 >= letters * 7;
  }

  private static boolean hasNoLowerCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String kinAlternatives() {
    return "mum|mom|mam|mother|dad|father|sister|brother|son|daughter|wife|husband|partner|ex"
        + "|ex-husband|ex-wife|ex-partner|friend|neighbour|neighbor|sponsor|aunt|uncle|cousin"
        + "|landlord|landlady|boss|manager|carer|worker|teacher|stepdad|stepmum|fella|boyfriend"
        + "|girlfriend|grandmother|grandfather|nan|gran|mother-in-law|father-in-law|sibling|twin"
        + "|officer|dealer|supplier|abuser";
  }

  /**
   * Words: letters and combining marks, with inner apostrophes and hyphens ("O'Neill",
   * "Al-Rashid").
   */
  private static List<Word> tokenize(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int c = text.codePointAt(i);
      if (!Character.isLetter(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < n) {
        int d = text.codePointAt(i);
        if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
          i += Character.charCount(d);
        } else if ((d == '\'' || d == '’' || d == '-')
            && i + 1 < n
            && Character.isLetter(text.codePointAt(i + 1))
            && !(d != '-' && isPossessiveS(text, i))) {
          i++;
        } else {
          break;
        }
      }
      String word = text.substring(start, i);
      words.add(new Word(start, i, word, word.toLowerCase(Locale.ROOT)));
    }
    return words;
  }

  /** "Dawn's": the apostrophe and "s" are not part of the name. */
  private static boolean isPossessiveS(String text, int apostrophe) {
    int s = apostrophe + 1;
    return s < text.length()
        && (text.charAt(s) == 's' || text.charAt(s) == 'S')
        && (s + 1 >= text.length() || !Character.isLetter(text.charAt(s + 1)));
  }
}
