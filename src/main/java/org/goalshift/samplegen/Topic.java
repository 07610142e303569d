package org.goalshift.samplegen;

/**
 * What a goal is about (anxiety, drinking, grief...), as the fragments goal texts are built from.
 * Every goal keeps its topic across versions, so a reframe rewords the same concern.
 *
 * @param heading the one- or two-word label a vague goal sometimes is ("Anxiety")
 * @param nouns the concern as a noun phrase ("{my} anxiety")
 * @param feelings adjectives for how it feels ("on edge")
 * @param habits infinitive phrases for what the client wants gone ("snap at the kids")
 * @param targets measurable or absolute end states ("sleep 8 hours every night")
 * @param triggers when-clauses ("before meetings")
 * @param signs early signs to notice ("the anger building")
 * @param valued what the client wants more of ("see friends")
 * @param states permanent states to be in ("calm")
 */
record Topic(
    String heading,
    Phrase[] nouns,
    Phrase[] feelings,
    Phrase[] habits,
    Phrase[] targets,
    Phrase[] triggers,
    Phrase[] signs,
    Phrase[] valued,
    Phrase[] states) {

  /** Fragment lists written as '|'-separated alternatives, which keeps the catalogue readable. */
  static Topic of(
      String heading,
      String nouns,
      String feelings,
      String habits,
      String targets,
      String triggers,
      String signs,
      String valued,
      String states) {
    return new Topic(
        heading,
        split(nouns),
        split(feelings),
        split(habits),
        split(targets),
        split(triggers),
        split(signs),
        split(valued),
        split(states));
  }

  private static Phrase[] split(String alternatives) {
    return Phrase.all(alternatives.split("\\|"));
  }
}
