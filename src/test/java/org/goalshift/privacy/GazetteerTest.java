package org.goalshift.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The name lists read from datafaker and the English word list, as the name detector sees them. */
class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.standard();

  @Test
  void knowsGivenNamesOfManyCultures() {
    List<String> given =
        List.of(
            "Sarah",
            "Aoife",
            "Niamh",
            "Siobhán",
            "Priya",
            "Ravi",
            "Mohammed",
            "Fatima",
            "Minh",
            "Łukasz",
            "Katarzyna",
            "José",
            "Guadalupe",
            "Emeka",
            "Kofi",
            "Mateo",
            "Zoë");
    assertThat(given).allMatch(gazetteer::isGivenName);
    assertThat(List.of("Sharma", "Patel", "Nguyen", "Kowalski", "Hernández", "Murphy"))
        .allMatch(gazetteer::isSurname);
  }

  @Test
  void foldsCaseAndAccents() {
    assertThat(gazetteer.isGivenName("SEAN")).isTrue();
    assertThat(gazetteer.isGivenName("Seán")).isTrue();
    assertThat(Gazetteer.key("Łukasz")).isEqualTo("lukasz");
  }

  @Test
  void knowsPlacesBodiesAndLanguagesThatAreNoNames() {
    assertThat(List.of("Swindon", "Oxfam", "Jobcentre", "Serbian"))
        .allMatch(gazetteer::isProperNoun)
        .noneMatch(gazetteer::isGivenName);
    assertThat(List.of("Gaeilge", "Cymraeg", "Serbian", "Jordan")).allMatch(gazetteer::isPlace);
    assertThat(List.of("Deano", "Nuala")).noneMatch(gazetteer::isProperNoun);
  }

  @Test
  void tellsOrdinaryWordsFromNames() {
    assertThat(List.of("Hope", "will", "Grace", "mark", "may", "café"))
        .allMatch(gazetteer::isEnglishWord);
    assertThat(List.of("Sarah", "Priya", "Siobhán", "Okonkwo")).noneMatch(gazetteer::isEnglishWord);
    assertThat(gazetteer.nameCount()).isGreaterThan(50_000);
    assertThat(gazetteer.englishWordCount()).isGreaterThan(60_000);
  }
}
