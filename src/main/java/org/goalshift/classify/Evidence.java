package org.goalshift.classify;

/** A matched phrase and what it counted for, as a clinical supervisor reads it. */
public interface Evidence {
  /** The words matched, as normalised ("stop feeling"). */
  String phrase();

  /** What they count for, in a clinician's words ("eliminate a feeling"). */
  String meaning();

  /** "'stop feeling' -> eliminate a feeling". */
  default String describe() {
    return "'" + phrase() + "' -> " + meaning();
  }
}
