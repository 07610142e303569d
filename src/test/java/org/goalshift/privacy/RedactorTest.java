package org.goalshift.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One detail type at a time, British and American forms, and the look-alikes each must leave. */
class RedactorTest {
  private final Redactor redactor = Redactor.standard();

  private String redact(String text) {
    return redactor.redact(text).text();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "email me at jo.bloggs@example.co.uk | email me at [EMAIL]",
        "Contact: A.SMITH+clinic@NHS.NET. | Contact: [EMAIL].",
        "jo [at] example.com | [EMAIL]",
        "daniel.k at hotmail dot com | [EMAIL]"
      })
  void emails(String text, String expected) {
    assertThat(redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "UK mobile 07700 900123 | UK mobile [PHONE]",
        "London 020 7946 0958 | London [PHONE]",
        "abroad +44 20 7946 0958 | abroad [PHONE]",
        "with trunk +44 (0)20 7946 0958 | with trunk [PHONE]",
        "area code (0161) 496 0000 | area code [PHONE]",
        "US (555) 123-4567 | US [PHONE]",
        "US 555-123-4567 | US [PHONE]",
        "US +1 555 123 4567 | US [PHONE]",
        "with the 1 first 1-312-555-0199 | with the 1 first [PHONE]",
        "local 555-0147 | local [PHONE]",
        "dotted 555.987.6543 ext 12 | dotted [PHONE]",
        "Ireland +353 87 123 4567 | Ireland [PHONE]"
      })
  void phoneNumbers(String text, String expected) {
    assertThat(redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "read https://www.janedoe.co.uk/help/. | read [URL].",
        "see www.example.com/page?id=3 | see [URL]",
        "see sarahsblog.org/path | see [URL]",
        "a charity's page with a name in it mind.org.uk/jenna | a charity's page with a name in it [URL]",
        "a subdomain ramonasrecovery.wordpress.com | a subdomain [URL]",
        "a role at a mail host support@gmail.com | a role at a mail host [EMAIL]",
        "her site janedoe.co.uk | her site [URL]"
      })
  void webAddresses(String text, String expected) {
    assertThat(redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lives at 12 Oak Street now | lives at [ADDRESS] now",
        "flat 3, 45 High Rd | [ADDRESS]",
        "221B Baker St, London | [ADDRESS]",
        "14 Albert Road, Sheffield S6 3BT; wants | [ADDRESS]; wants",
        "27 Clontarf Road, Dublin 3, D03 X2K8 | [ADDRESS]",
        "1209 W Elm St, Austin TX 78703. | [ADDRESS].",
        "eviction from 31 Green Lanes N4 1JN | eviction from [ADDRESS]",
        "host family in Reading RG4 7DP | host family in [ADDRESS]",
        "Calle Mayor 55, 3º B, 28013 Madrid | [ADDRESS]",
        "lives at Rua Augusta 1500, São Paulo | lives at [ADDRESS]",
        "Moving to ul. Piotrkowska 104/12, 90-006 Łódź next month | Moving to [ADDRESS] next month",
        "at ul. Długa 8 m. 3, 80-827 Gdańsk over Easter | at [ADDRESS] over Easter",
        "Address: Hauptstraße 12, 10827 Berlin – cl. | Address: [ADDRESS] – cl.",
        "Rua das Flores 27, 2º Esq, 4050-262 Porto – cl. | [ADDRESS] – cl.",
        "Lives at 7 Rue de la Paix, 75002 Paris with | Lives at [ADDRESS] with",
        "to Unit 5, 221 Queen St W, Toronto, ON M5V 1Z4 | to [ADDRESS]",
        "1600 Pennsylvania Ave NW | [ADDRESS]",
        "27 Church Lane, LS6 2QB | [ADDRESS]",
        "postcode SW1A 1AA | postcode [ADDRESS]",
        "Springfield, IL 62704 | Springfield, IL [ADDRESS]",
        "she lives on Elm Road | she lives on [ADDRESS]",
        "moved in with nan at 12 oak street | moved in with nan at [ADDRESS]",
        "flat 2, 45 high rd, ls6 2ab is hers | [ADDRESS] is hers"
      })
  void streetAddresses(String text, String expected) {
    assertThat(redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DOB 12/03/1985 | DOB [DATE]",
        "born 3 March 1985 | born [DATE]",
        "March 3rd, 1985 | [DATE]",
        "on 1985-03-12 | on [DATE]",
        "DOB 12.03.85 | DOB [DATE]",
        "seen 3/12/24 | seen [DATE]",
        "the 14th of February 2019 | the [DATE]",
        "birthday is 4th July | birthday is [DATE]",
        "seen 12/Mar/1985 | seen [DATE]",
        "on Mar-12-1985 | on [DATE]",
        "DOB: 03-12 | DOB: [DATE]",
        "born in March 1985 | born in [DATE]",
        "DOB 1990 | DOB [DATE]",
        "born 11 de mayo de 1990 in Sevilla | born [DATE] in Sevilla",
        "le 14 juillet 1989 | le [DATE]"
      })
  void dates(String text, String expected) {
    assertThat(redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NI AB123456C | NI [ID]",
        "NINO: QQ 12 34 56 A | NINO: [ID]",
        "SSN 123-45-6789 | SSN [ID]",
        "card says 943 476 5919 | card says [ID]",
        "NHS no. 485 777 3456 | NHS no. [ID]",
        "MRN 12345678 | MRN [ID]",
        "record no. 4455 | record no. [ID]",
        "Hospital number: K123456 | Hospital number: [ID]",
        "referred by Dr Ravi (GMC 7012345) | referred by Dr [NAME] (GMC [ID])",
        "NRIC S1234567D, exchange student | NRIC [ID], exchange student",
        "PPSN 1234567TA | PPSN [ID]",
        "ID no. 123.456.789-09 | ID no. [ID]",
        "PhilHealth no. 12-345678901-2. | PhilHealth no. [ID].",
        "pension ref 12 150480 H 123, wants | pension ref [ID], wants",
        "sort code and acc 12345678 given | sort code and acc [ID] given",
        "wrote 31926819 on the form | wrote [ID] on the form",
        "Hospital no. RX1 449 2031 – inpatient | Hospital no. [ID] – inpatient",
        "Membership no. 0071 3345 at the centre | Membership no. [ID] at the centre",
        "Insurance member ID: XZH 8841 2290 (BlueCross) | Insurance member ID: [ID] (BlueCross)",
        "SNS utente nº 123 456 789 | SNS utente nº [ID]",
        "National Insurance QQ 12 34 56 C given | National Insurance [ID] given",
        "Insurance ref. 12.334.901/B – cl. | Insurance ref. [ID] – cl.",
        "Aadhaar 1234 5678 9012 needed | Aadhaar [ID] needed",
        "rodné číslo 855112/1234 on old records | rodné číslo [ID] on old records",
        "Bus pass 6330 0000 1234 5678 renewed | Bus pass [ID] renewed"
      })
  void identifierNumbers(String text, String expected) {
    assertThat(redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "call my sister Sarah | call my sister [NAME]",
        "Pt's GP Dr Patel suggested | Pt's GP Dr [NAME] suggested",
        "Mrs. O'Neill next door | Mrs. [NAME] next door",
        "a boy named Tom | a boy named [NAME]",
        "her friend called Jo | her friend called [NAME]",
        "my son Liam's school | my son [NAME]'s school",
        "with Aunt Mary | with Aunt [NAME]",
        "Dr J. Smith reviewed | Dr [NAME] reviewed",
        "my kids Liam, Ava and Noah | my kids [NAME], [NAME] and [NAME]",
        "my partner, Alex, helps | my partner, [NAME], helps",
        "Jenny (sister) visits | [NAME] (sister) visits",
        "agreed with SW Kelly Brown | agreed with SW [NAME]",
        "my girlfriend Hope | my girlfriend [NAME]",
        "GP Dr Shah, Ealing | GP Dr [NAME], Ealing"
      })
  void namesAfterCues(String text, String expected) {
    assertThat(redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Chukwuemeka (Emeka) Obi - goal | [NAME] ([NAME]) [NAME] - goal",
        "Pt Stanisław (Stas) Kowal wants | Pt [NAME] ([NAME]) [NAME] wants",
        "the Hendersons next door play music | the [NAME] next door play music",
        "Host family: the Pattersons, 14 Maple Close | Host family: the [NAME], [ADDRESS]",
        "Lenny got me into it - avoid the Lenny flat | [NAME] got me into it - avoid the [NAME] flat",
        "kids: Oliwia 8, Bartek 5. | kids: [NAME] 8, [NAME] 5.",
        "Goal for Grace (Y9): attend | Goal for [NAME] (Y9): attend",
        "Pt Rowena dela Cruz, from Manila | Pt [NAME], from Manila",
        "dear sue, i will try. love from stacey x | dear [NAME], i will try. love from [NAME] x",
        "meet pat (key worker) every fortnight | meet [NAME] (key worker) every fortnight",
        "bríd says her landlord | [NAME] says her landlord",
        "seo-yeon says her appa was strict | [NAME] says her appa was strict",
        "honestly i just want Bob to stop | honestly i just want [NAME] to stop",
        "Client Wei Zhang (张伟), student | Client [NAME] ([NAME]), student",
        "write to bhavna (sister-in-law) to apologise | write to [NAME] (sister-in-law) to apologise",
        "May (our foster daughter) starts school | [NAME] (our foster daughter) starts school",
        "Crystal (peer mentor) meets cl. | [NAME] (peer mentor) meets cl.",
        "Pt's wife Ana (née Carvalho) wants | Pt's wife [NAME] (née [NAME]) wants",
        "My social worker is Lindiwe, and | My social worker is [NAME], and",
        "Màiri NicLeòid (from Stornoway) wants | [NAME] (from Stornoway) wants",
        "Gonçalo's mum keeps calling | [NAME]'s mum keeps calling",
        "JOHN SMITH DOB 01/02/1990 – REFERRAL | [NAME] DOB [DATE] – REFERRAL",
        "See Rich at the gym on Mondays | See [NAME] at the gym on Mondays",
        "talk to SOPHIE-ANNE before she moves out | talk to [NAME] before she moves out",
        "Cl. (MUHAMMAD ALI RAZA) requests | Cl. ([NAME]) requests",
        "grandad Winston ('Win') died in June | grandad [NAME] ('[NAME]') died in June",
        "stop buying from Deano on tick | stop buying from [NAME] on tick",
        "the lads and Sonnyboi are going | the lads and [NAME] are going"
      })
  void namesFromWhatStandsBesideThem(String text, String expected) {
    assertThat(redact(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hope to feel calmer",
        "May is a hard month",
        "Grace under pressure",
        "Run 5k by 2026",
        "Walk 3 times a week",
        "Step 5 of the plan",
        "Sleep 8 hours",
        "Lose 10kg",
        "Back at work by March",
        "Start the course in June",
        "Take meds twice a day",
        "Session 4 went well",
        "Anxiety at level 7 out of 10",
        "Learn to drive at 40",
        "Born in 1990",
        "Back to work date (12 Feb)",
        "Cl. wants to call her sister more often",
        "My mum and my dad are divorcing",
        "Talk to my GP about it",
        "Spend Christmas with my mum",
        "See my dad Sunday",
        "Call Samaritans on 116 123",
        "Brought photo ID",
        "Called NHS 111",
        "Text SHOUT 85258 when it peaks",
        "Save £1500000 by 2030",
        "PHQ-9 score 18, GAD-7 score 12",
        "Mood 3/10 on 12/11",
        "e.g. journalling, i.e. writing",
        "Walk round the park 3 times",
        "Meet via Zoom 3 times a week",
        "I want to tell Ammi about the therapy",
        "Nain sleeps over on Tuesdays",
        "Target 14 units by Hogmanay",
        "Pt moving from Leeds to Bradford in June",
        "Attend the Inverness group",
        "Pt is Hindu, prefers vegetarian meals",
        "cl. moving back to Utrecht, wants a plan",
        "Carer for husband with Parkinson's, wants time",
        "nan is in the hospice at St Luke's; cl. wants to visit",
        "Our cat Oscar died and I can't stop crying",
        "Maggie's Centre at the hospital offers free sessions",
        "Ring the Samaritans helpline 1800 247 247",
        "Crisis team 0800 952 1181, council 0300 123 4567, toll free 1-800-273-8255",
        "Found mind.org.uk and nhs.uk/every-mind-matters helpful; email support@mind.org.uk",
        "Academic year 2024/2025 starts in September",
        "A repayment plan with MABS by Friday",
        "学会和焦虑相处，每天散步",
        "ocd is ruining my mornings",
        "Moved to Leeds, my sister lives there",
        "Cl on Sertraline 100mg, wants to taper",
        "Found the Kooth app and a Cruse bereavement group",
        "Prefers a Sylheti interpreter; sessions as Gaeilge",
        "Visits her son in HMP Pentonville",
        "Missed 0 DNAs this quarter, 12 clean UAs",
        "Moving from Swindon to be near family",
        "walk 2 miles down the road and 3 laps round the square"
      })
  void leavesLookalikesAlone(String text) {
    Redacted redacted = redactor.redact(text);

    assertThat(redacted.text()).isEqualTo(text);
    assertThat(redacted.counts()).isEmpty();
  }

  @Test
  void countsEachPlaceholderType() {
    Redacted redacted =
        redactor.redact("My sister Amy and brother Tom: amy@example.com, 07700 900123");

    assertThat(redacted.text()).isEqualTo("My sister [NAME] and brother [NAME]: [EMAIL], [PHONE]");
    assertThat(redacted.counts()).isEqualTo(Map.of("NAME", 2, "EMAIL", 1, "PHONE", 1));
  }

  @Test
  void nullStaysNull() {
    Redacted redacted = redactor.redact(null);

    assertThat(redacted.text()).isNull();
    assertThat(redacted.counts()).isEmpty();
  }

  @Test
  void givesTheSameAnswerFromManyThreadsAtOnce() {
    List<String> texts =
        IntStream.range(0, 2_000)
            .mapToObj(i -> "Goal " + i + ": call my sister Jenny on 07700 900" + (100 + i % 900))
            .toList();
    List<String> sequential = texts.stream().map(this::redact).toList();

    List<String> parallel = texts.parallelStream().map(this::redact).toList();

    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.get(7)).isEqualTo("Goal 7: call my sister [NAME] on [PHONE]");
  }

  @Test
  void staysFastOnTheLongestTextACellHolds() {
    // Runs of digits, dots and capitals are what would make a careless pattern backtrack.
    String digits = "1 2-3.4/".repeat(4_000);
    String dots = "a.b.c.d@".repeat(4_000);
    String capitals = "my sister Aa Bb Cc, ".repeat(1_600);

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          redactor.redact(digits);
          redactor.redact(dots);
          redactor.redact(capitals);
        });
  }
}
