package org.goalshift.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-number rules for any breakdown by therapist, supervisor or client, so no published cell
 * lets a reader single out a client.
 *
 * <ul>
 *   <li>Primary: a count from 1 to k-1 is shown as "&lt;k". Zero is shown: it describes nobody.
 *   <li>Secondary: in a column shown with its total, a single hidden cell could be worked out as
 *       total minus the rest, so the smallest other non-zero cell is hidden too, or the total when
 *       there is no such cell.
 *   <li>A rate is hidden when its numerator or denominator is hidden.
 *   <li>Optionally every shown count is rounded to the nearest 5 (NHS Digital's practice).
 * </ul>
 */
final class Suppression {
  /** What a cell hidden only to protect another one shows; it is not necessarily small. */
  public static final String SECONDARY_MARKER = "hidden";

  private final int threshold;
  private final boolean roundToNearestFive;

  Suppression(int threshold, boolean roundToNearestFive) {
    if (threshold < 1) {
      throw new IllegalArgumentException(
          "Suppression threshold must be at least 1, got " + threshold);
    }
    this.threshold = threshold;
    this.roundToNearestFive = roundToNearestFive;
  }

  static Suppression from(ReportSettings settings) {
    return new Suppression(settings.smallCountThreshold(), settings.roundToNearestFive());
  }

  /** A count as published: either a number or a marker that hides it. */
  public record Shown(long value, String marker) {
    static Shown number(long value) {
      return new Shown(value, null);
    }

    public boolean hidden() {
      return marker != null;
    }
  }

  /** A column of a breakdown and its total, as published. */
  public record Column(List<Shown> cells, Shown total) {}

  public int threshold() {
    return threshold;
  }

  /** The marker for a small count, "&lt;5" with the default threshold. */
  public String smallMarker() {
    return "<" + threshold;
  }

  public boolean isSmall(long count) {
    return count >= 1 && count < threshold;
  }

  /** One count on its own, with no total beside it. */
  public Shown count(long value) {
    return isSmall(value) ? new Shown(value, smallMarker()) : Shown.number(rounded(value));
  }

  /** True when a rate built on these counts would reveal a small count. */
  public boolean hidesRate(Proportion proportion) {
    return isSmall(proportion.numerator()) || isSmall(proportion.denominator());
  }

  /** A breakdown column with its total row, primary and secondary suppression applied. */
  public Column column(List<Long> values) {
    long total = values.stream().mapToLong(Long::longValue).sum();
    List<Shown> cells = new ArrayList<>(values.size());
    int smallCells = 0;
    for (long value : values) {
      Shown shown = count(value);
      smallCells += shown.hidden() ? 1 : 0;
      cells.add(shown);
    }
    Shown shownTotal = count(total);
    if (smallCells == 1 && !shownTotal.hidden()) {
      int partner = smallestVisibleNonZero(cells);
      if (partner >= 0) {
        cells.set(partner, new Shown(cells.get(partner).value(), SECONDARY_MARKER));
      } else {
        shownTotal = new Shown(total, SECONDARY_MARKER);
      }
    }
    return new Column(List.copyOf(cells), shownTotal);
  }

  private static int smallestVisibleNonZero(List<Shown> cells) {
    int best = -1;
    for (int i = 0; i < cells.size(); i++) {
      Shown cell = cells.get(i);
      if (!cell.hidden()
          && cell.value() > 0
          && (best < 0 || cell.value() < cells.get(best).value())) {
        best = i;
      }
    }
    return best;
  }

  private long rounded(long value) {
    return roundToNearestFive ? Math.round(value / 5.0) * 5 : value;
  }
}
