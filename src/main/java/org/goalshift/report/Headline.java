package org.goalshift.report;

/**
 * One line of the Summary sheet: a figure this month, beside last month and the 12-month average,
 * with a sentence that says it in words. Previous and average are null for running figures that
 * have no monthly value.
 */
record Headline(
    String figure, Kind kind, Double current, Double previous, Double average, String sentence) {

  /** How a figure is shown. */
  enum Kind {
    COUNT,
    SHARE,
    DAYS
  }

  /** "up", "down" or "same" against last month, or null when there is nothing to compare with. */
  String direction() {
    if (current == null || previous == null) {
      return null;
    }
    // Compare as shown: a share that reads 38% both months has not moved for the reader.
    long now = Math.round(kind == Kind.SHARE ? current * 100 : current);
    long before = Math.round(kind == Kind.SHARE ? previous * 100 : previous);
    return now > before ? "up" : now < before ? "down" : "same";
  }
}
