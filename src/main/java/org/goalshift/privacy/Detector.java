package org.goalshift.privacy;

import java.util.List;

/** Finds the spans of one kind of personal detail in a text; stateless and thread-safe. */
interface Detector {
  /**
   * False only when {@link #find} would find nothing in the text these clues come from; a cheap
   * test that lets the redactor skip the detector on the many texts that hold no such detail.
   */
  boolean mayMatch(TextClues clues);

  void find(String text, List<Span> found);

  /** {@link #find}, for a detector that can use the clues the redactor already gathered. */
  default void find(String text, TextClues clues, List<Span> found) {
    find(text, found);
  }

  /**
   * Why this detector took or left the parts of the text it weighed, for a person checking the
   * redactor; detectors whose patterns speak for themselves add nothing.
   */
  default void explain(String text, List<Redactor.Reason> reasons) {}
}
