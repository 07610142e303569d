package org.goalshift.report;

import java.time.YearMonth;

/** One month of a team's (or therapist's) figures, as data/monthly.csv defines them. */
public record MonthlyFigures(
    YearMonth month,
    long activeGoals,
    long newGoals,
    long revisions,
    long goalsRevised,
    long reframesToRelationship,
    long reframesToPerformance,
    long performanceTarget,
    long relationshipOriented,
    long unclassified,
    long approach,
    long avoidance,
    long mixed,
    long noDirection) {

  /**
   * A month with no activity: monthly.csv has no row for it, but a trend still shows it as zero.
   */
  public static MonthlyFigures empty(YearMonth month) {
    return new MonthlyFigures(month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * The two months' counts added, as for a team made of two therapists; the month is this one's.
   */
  public MonthlyFigures plus(MonthlyFigures other) {
    return new MonthlyFigures(
        month,
        activeGoals + other.activeGoals,
        newGoals + other.newGoals,
        revisions + other.revisions,
        goalsRevised + other.goalsRevised,
        reframesToRelationship + other.reframesToRelationship,
        reframesToPerformance + other.reframesToPerformance,
        performanceTarget + other.performanceTarget,
        relationshipOriented + other.relationshipOriented,
        unclassified + other.unclassified,
        approach + other.approach,
        avoidance + other.avoidance,
        mixed + other.mixed,
        noDirection + other.noDirection);
  }

  /** Relationship-oriented goals among the goals labelled at their latest version that month. */
  public Proportion relationshipShare() {
    return new Proportion(
        relationshipOriented, performanceTarget + relationshipOriented + unclassified);
  }

  /**
   * Active goals whose latest version names something wanted (approach or mixed), among all active
   * goals.
   */
  public Proportion wantedShare() {
    return new Proportion(approach + mixed, approach + avoidance + mixed + noDirection);
  }
}
