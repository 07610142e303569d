package org.goalshift.privacy;

/** Characters [start, end) of a text that hold a personal detail of one type. */
record Span(int start, int end, PiiType type) {
  boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
