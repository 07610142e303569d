package org.goalshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goalshift.measure.GoalHistory.JUNE;
import static org.goalshift.measure.GoalHistory.lines;

import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.goalshift.schema.Columns;
import org.junit.jupiter.api.Test;

/**
 * data/monthly.csv against {@link GoalHistory} by hand. Columns after supervisor, therapist and
 * month: active, new, revisions, goals_revised, reframes to relationship, reframes to performance,
 * then the latest labels of the active goals: PT, RO, U, then their latest directions: approach,
 * avoidance, mixed, none (GoalHistory gives each version's direction).
 */
class EvolutionMonthlyTest extends CachedGoalHistory {
  /**
   * A goal is active in a month when its first version is on or before the month's end and it was
   * either touched during the month or not closed at its end; it counts under the therapist of its
   * latest version at the month's end.
   *
   * <p>S1/T1: g1 from January (new; respaced in January, no revision), revised PT -> RO in
   * February, open in March, achieved in April (still active: touched that month), inactive from
   * May. g2 new on 2026-03-31 (the date as written, so March), open with no status every month
   * after.
   *
   * <p>S1/T2: g7 new in January (PT), revised PT -> RO in April. g3 new in April, revised RO -> PT
   * on its first day. g5 moves to T2 with its v3 on 2026-06-30, so both its June revisions (v2, U
   * -> U, recorded by T3; v3, U -> RO) count under T2: two revisions, one goal revised.
   *
   * <p>S2/T3: g4 new in February, discontinued in March (active: touched), nothing in April
   * (closed, untouched: no row), reopened in May. g5 is T3's in May (new, U). g6 new in June; its
   * July revision is after the report month.
   */
  private static final List<String> JUNE_ROWS =
      List.of(
          "S1,T1,2026-01,1,1,0,0,0,0,1,0,0,0,1,0,0",
          "S1,T1,2026-02,1,0,1,1,1,0,0,1,0,1,0,0,0",
          "S1,T1,2026-03,2,1,0,0,0,0,1,1,0,2,0,0,0",
          "S1,T1,2026-04,2,0,0,0,0,0,1,1,0,2,0,0,0",
          "S1,T1,2026-05,1,0,0,0,0,0,1,0,0,1,0,0,0",
          "S1,T1,2026-06,1,0,0,0,0,0,1,0,0,1,0,0,0",
          "S1,T2,2026-01,1,1,0,0,0,0,1,0,0,0,1,0,0",
          "S1,T2,2026-02,1,0,0,0,0,0,1,0,0,0,1,0,0",
          "S1,T2,2026-03,1,0,0,0,0,0,1,0,0,0,1,0,0",
          "S1,T2,2026-04,2,1,2,2,1,1,1,1,0,1,1,0,0",
          "S1,T2,2026-05,2,0,0,0,0,0,1,1,0,1,1,0,0",
          "S1,T2,2026-06,3,0,2,1,0,0,1,2,0,2,1,0,0",
          "S2,T3,2026-02,1,1,0,0,0,0,1,0,0,1,0,0,0",
          "S2,T3,2026-03,1,0,0,0,0,0,1,0,0,1,0,0,0",
          "S2,T3,2026-05,2,1,0,0,0,0,1,0,1,1,1,0,0",
          "S2,T3,2026-06,2,1,0,0,0,0,2,0,0,1,1,0,0");

  @Test
  void everyTherapistMonthWithAnActiveGoalIsCountedByHand() {
    Dataset<Row> monthly = Evolution.monthly(Evolution.goalFacts(versions, JUNE));

    assertThat(monthly.columns())
        .containsExactly(
            Columns.SUPERVISOR_ID,
            Columns.THERAPIST_ID,
            Columns.MONTH,
            Columns.ACTIVE_GOALS,
            Columns.NEW_GOALS,
            Columns.REVISIONS,
            Columns.GOALS_REVISED,
            Columns.REFRAMES_TO_RELATIONSHIP,
            Columns.REFRAMES_TO_PERFORMANCE,
            Columns.PERFORMANCE_TARGET,
            Columns.RELATIONSHIP_ORIENTED,
            Columns.UNCLASSIFIED,
            Columns.APPROACH,
            Columns.AVOIDANCE,
            Columns.MIXED,
            Columns.NO_DIRECTION);
    assertThat(lines(monthly)).containsExactlyElementsOf(JUNE_ROWS);
  }

  @Test
  void runningTheNextMonthKeepsEveryEarlierMonthAndAddsTheNewOne() {
    List<String> july = lines(Evolution.monthly(Evolution.goalFacts(versions, JUNE.plusMonths(1))));

    // The July window is 2025-08..2026-07, so every June row is still in it and must be unchanged.
    // July itself: T1 keeps g2 (PT). T2 keeps g3 (PT), g5 and g7 (RO), untouched. T3 keeps g4 (PT,
    // reopened in May) and g6, revised PT -> RO on 2026-07-01.
    assertThat(july)
        .containsAll(JUNE_ROWS)
        .containsExactly(
            JUNE_ROWS.get(0),
            JUNE_ROWS.get(1),
            JUNE_ROWS.get(2),
            JUNE_ROWS.get(3),
            JUNE_ROWS.get(4),
            JUNE_ROWS.get(5),
            "S1,T1,2026-07,1,0,0,0,0,0,1,0,0,1,0,0,0",
            JUNE_ROWS.get(6),
            JUNE_ROWS.get(7),
            JUNE_ROWS.get(8),
            JUNE_ROWS.get(9),
            JUNE_ROWS.get(10),
            JUNE_ROWS.get(11),
            "S1,T2,2026-07,3,0,0,0,0,0,1,2,0,2,1,0,0",
            JUNE_ROWS.get(12),
            JUNE_ROWS.get(13),
            JUNE_ROWS.get(14),
            JUNE_ROWS.get(15),
            "S2,T3,2026-07,2,0,1,1,1,0,1,1,0,2,0,0,0");
  }

  @Test
  void aMonthWithNoVersionsStillShowsTheGoalsOpenInItAndOnlyTwelveMonths() {
    // Nothing was recorded in 2027-01; every goal open at the end of July 2026 is still open then.
    // The window is 2026-02..2027-01, so January 2026 drops out; g1 (achieved in April 2026) and
    // g4 in April 2026 (closed and untouched) stay absent.
    List<String> january =
        lines(Evolution.monthly(Evolution.goalFacts(versions, YearMonth.of(2027, 1))));

    assertThat(january)
        .noneMatch(row -> row.contains(",2026-01,"))
        .contains(
            "S1,T1,2027-01,1,0,0,0,0,0,1,0,0,1,0,0,0",
            "S1,T2,2027-01,3,0,0,0,0,0,1,2,0,2,1,0,0",
            "S2,T3,2027-01,2,0,0,0,0,0,1,1,0,2,0,0,0")
        .hasSize(JUNE_ROWS.size() - 2 + 3 + 3 * 6);
  }

  @Test
  void aReportMonthBeforeAnyGoalHasNoRows() {
    assertThat(Evolution.monthly(Evolution.goalFacts(versions, YearMonth.of(2025, 12))).count())
        .isZero();
  }

  /**
   * Versions are ordered by version number, whatever their dates: g8's v3 is recorded before its
   * v2. At each month's end the goal is its highest version recorded by then (v1 in March, v3 from
   * April), and each revision counts once, in the month it was recorded: v3's in April (RO after
   * v2's RO, so no reframe), v2's in May (PT -> RO), two in all, as goals.csv and transitions.csv
   * count.
   */
  @Test
  void aVersionRecordedBeforeTheOneItFollowsIsCountedOnceLikeEveryOtherOutput() {
    Dataset<Row> outOfOrder =
        Evolution.versions(
            GoalHistory.labelled(
                List.of(
                    GoalHistory.v("g8 c8 T8 S8 1 2026-03-01 1 active PT V", "Stop worrying"),
                    GoalHistory.v("g8 c8 T8 S8 2 2026-05-01 3 active RO A", "Notice the worry"),
                    GoalHistory.v(
                        "g8 c8 T8 S8 3 2026-04-01 2 active RO A", "Sit with the worry"))));
    GoalFacts facts = Evolution.goalFacts(outOfOrder, JUNE);

    assertThat(lines(Evolution.monthly(Evolution.goalFacts(outOfOrder, JUNE))))
        .containsExactly(
            "S8,T8,2026-03,1,1,0,0,0,0,1,0,0,0,1,0,0",
            "S8,T8,2026-04,1,0,1,1,0,0,0,1,0,1,0,0,0",
            "S8,T8,2026-05,1,0,1,1,1,0,0,1,0,1,0,0,0",
            "S8,T8,2026-06,1,0,0,0,0,0,0,1,0,1,0,0,0");
    assertThat(Evolution.goals(facts).first().getAs(Columns.REVISIONS).toString()).isEqualTo("2");
    assertThat(
            Evolution.transitions(facts).collectAsList().stream()
                .mapToLong(row -> row.getLong(row.fieldIndex(Columns.REVISIONS)))
                .sum())
        .isEqualTo(2);
  }
}
