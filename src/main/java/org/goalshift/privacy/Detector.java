package org.goalshift.privacy;

import java.util.List;

/** Finds the spans of one kind of personal detail in a text; stateless and thread-safe. */
interface Detector {
  void find(String text, List<Span> found);
}
