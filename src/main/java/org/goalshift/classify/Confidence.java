package org.goalshift.classify;

/**
 * How sure a reading is, on the same scale for the framing and the direction (docs/classifier.md):
 * a decided reading by its evidence, an undecided one by why it stayed undecided.
 */
final class Confidence {
  private Confidence() {}

  /** The deciding evidence's share of all evidence, damped when that evidence is thin. */
  static double decided(double share, double deciding) {
    double strength = 1 - Math.exp(-deciding / 1.5);
    return Math.round(share * strength * 100) / 100.0;
  }

  /**
   * 0.9 when no evidence counted at all, 0.8 when administrative or exploratory cues decided, and
   * 0.6 when the evidence was too weak or tied.
   */
  static double undecided(boolean noEvidence, boolean administrative) {
    return noEvidence ? 0.9 : administrative ? 0.8 : 0.6;
  }
}
