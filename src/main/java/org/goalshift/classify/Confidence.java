package org.goalshift.classify;

/**
 * How sure a reading is, on the same scale for the framing and the direction (docs/classifier.md):
 * a decided reading by its evidence, an undecided one by why it stayed undecided.
 */
final class Confidence {
  /** Nothing counted for any reading: as sure as "unclassified" gets. */
  static final double NO_EVIDENCE = 0.9;

  /** Administrative or exploratory cues outweighed both framings. */
  static final double NEITHER_DECIDED = 0.8;

  /** Some evidence, but too little or tied. */
  static final double TOO_WEAK_OR_TIED = 0.6;

  /** Evidence of this weight makes a decided reading about 63% as sure as its share alone says. */
  private static final double DAMPING_WEIGHT = 1.5;

  private Confidence() {}

  /** The deciding evidence's share of all evidence, damped when that evidence is thin. */
  static double decided(double share, double deciding) {
    double strength = 1 - Math.exp(-deciding / DAMPING_WEIGHT);
    return Math.round(share * strength * 100) / 100.0;
  }

  /** An undecided reading's confidence, by why it stayed undecided. */
  static double undecided(boolean noEvidence, boolean administrative) {
    return noEvidence ? NO_EVIDENCE : administrative ? NEITHER_DECIDED : TOO_WEAK_OR_TIED;
  }
}
