package org.goalshift.samplegen;

/** Who a goal text is written by: the client in first person, or a clinician about the client. */
enum Voice {
  FIRST_PERSON("my", "me", "myself", "I", "feel", "am"),
  SHE("her", "her", "herself", "she", "feels", "is"),
  HE("his", "him", "himself", "he", "feels", "is"),
  THEY("their", "them", "themselves", "they", "feel", "are");

  final String possessive;
  final String object;
  final String reflexive;
  final String subject;
  final String feel;
  final String be;

  Voice(
      String possessive, String object, String reflexive, String subject, String feel, String be) {
    this.possessive = possessive;
    this.object = object;
    this.reflexive = reflexive;
    this.subject = subject;
    this.feel = feel;
    this.be = be;
  }

  boolean isClinicianNote() {
    return this != FIRST_PERSON;
  }
}
