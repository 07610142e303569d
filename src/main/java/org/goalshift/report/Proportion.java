package org.goalshift.report;

/**
 * A share as the two counts it comes from, so a writer can suppress it when either count is small
 * and give a confidence interval when the denominator is small.
 */
public record Proportion(long numerator, long denominator) {
  private static final double Z_95 = 1.959963984540054;

  public Proportion {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "A proportion needs 0 <= numerator <= denominator, got " + numerator + "/" + denominator);
    }
  }

  public static final Proportion EMPTY = new Proportion(0, 0);

  public boolean defined() {
    return denominator > 0;
  }

  /** The share from 0 to 1; only meaningful when {@link #defined()}. */
  public double share() {
    return defined() ? (double) numerator / denominator : Double.NaN;
  }

  public Proportion plus(Proportion other) {
    return new Proportion(numerator + other.numerator, denominator + other.denominator);
  }

  /**
   * The 95% Wilson score interval: unlike the textbook p +/- 1.96 SE it stays inside 0..1 and keeps
   * its stated coverage for the small denominators of a single therapist's caseload.
   */
  public Interval wilson95() {
    if (!defined()) {
      throw new IllegalStateException("No interval for a proportion with denominator 0");
    }
    double n = denominator;
    double p = share();
    double z2 = Z_95 * Z_95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double halfWidth = Z_95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return new Interval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
  }

  /** A closed range of shares. */
  public record Interval(double low, double high) {}
}
