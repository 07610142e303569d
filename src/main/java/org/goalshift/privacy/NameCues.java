package org.goalshift.privacy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The words around a name that {@link NameEvidence} weighs, kept apart from it so that {@link
 * TextClues}, whose screen needs them, can read them without loading the gazetteer: this class
 * depends on no other.
 */
final class NameCues {
  private NameCues() {}

  /** Words that are names' cues: kinship, care and official roles, titles, clinicians' subjects. */
  static final Set<String> ROLE_CUES =
      set(
          "sister brother sis bro sibling siblings mum mom mam mother mummy mommy mama ma dad daddy"
              + " father papa pa son sons daughter daughters wife husband hubby partner spouse"
              + " boyfriend girlfriend bf gf fiance fiancee fiancé fiancée aunt auntie aunty uncle"
              + " cousin nephew niece grandma grandmother granny gran nan nana nanna nanny grandad"
              + " granddad grandpa grandfather grandson granddaughter grandchild grandkids twin"
              + " twins baby child children kids kid toddler girl boy lad lass stepson stepdaughter"
              + " stepdad stepmum stepmom stepfather stepmother stepbrother stepsister"
              + " friend friends bestie mate pal buddy bruv fella colleague coworker boss manager"
              + " supervisor ex flatmate roommate housemate neighbour neighbor landlord landlady"
              + " teacher tutor headteacher principal therapist counsellor counselor psychiatrist"
              + " psychologist worker caseworker keyworker carer caregiver gp doctor consultant"
              + " nurse midwife visitor sponsor coach pastor priest vicar imam rabbi minister"
              + " parent parents in-law in-laws abuser perpetrator attacker stalker dealer"
              + " supplier officer solicitor lawyer advocate adviser advisor mentor interpreter"
              + " sergeant detective constable defendant co-defendant witness victim"
              + " tía tia tío tio abuela abuelo abuelita hija hijo mami papi apa bhai didi baji"
              + " nani dadi ammi abba abbu chacha chachi mamu khala phupho mausi masi bua bhabhi"
              // Kinship in Welsh, Irish, Korean, Tagalog, Italian, German, Polish, Russian,
              // Portuguese and Yoruba, as clients write their families.
              + " nain taid mamgu tadcu mamó daideo appa umma eomma oppa unni eonni noona hyung"
              + " halmoni harabeoji lola lolo tita tito kuya nonna nonno zia zio oma opa babcia"
              + " dziadek ciocia wujek babushka dedushka avó avô vovó baba iya"
              + " client clients patient pt cl referral re contact kids children"
              + " mr mrs ms mx miss dr prof professor rev revd fr sr sgt pc po cllr sir dame"
              + " lady lord judge captain capt named called aka nicknamed dear cpn kw hv sw née nee");

  /** Verbs and prepositions after which a person is more likely than a thing. */
  static final Set<String> CONTACT_WORDS =
      set(
          "call calls ring rings rang phone phoned phoning text texts texted texting txt email"
              + " emailed emailing message messaged msg contact contacted see sees seeing saw seen"
              + " meet meets meeting met visit visits visiting visited tell tells telling told ask"
              + " asks asked thank forgive forgave trust invite invited hug marry married divorce"
              + " divorced against with by love loves loved miss missed says said");

  /** The word before "to" that makes "to" a person's: "write to", "talk to", "go back to". */
  static final Set<String> TO_PERSON =
      set(
          "write writing wrote talk talking talked speak speaking spoke back listen apologise"
              + " apologize apologised letter dad mum mother father parent kind nice close"
              + " engaged married introduce introduced explain explained lie lied lying open"
              + " reach reaching reached send sent give gave lend lent");

  /**
   * The cue words of every kind, as {@link TextClues} sees words (ASCII letters only), for the
   * screen: a name in lower case needs one of them before it.
   */
  static final List<String> CUE_WORDS =
      Stream.of(ROLE_CUES, CONTACT_WORDS, TO_PERSON)
          .flatMap(Set::stream)
          .filter(word -> word.matches("[a-z]+"))
          .sorted()
          .toList();

  /**
   * The words of a space-separated list, in order; long word lists read better so. Here, in a class
   * that needs no other, so that the detectors' word lists can be built whichever class of the
   * package the JVM loads first ({@link TextClues} reads them all).
   */
  static List<String> words(String spaceSeparated) {
    return List.of(spaceSeparated.split(" "));
  }

  /** The words of a space-separated list, as a set; a word listed twice is kept once. */
  static Set<String> set(String spaceSeparated) {
    return Set.copyOf(words(spaceSeparated));
  }
}
