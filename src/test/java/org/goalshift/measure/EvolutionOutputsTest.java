package org.goalshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goalshift.measure.GoalHistory.JUNE;
import static org.goalshift.measure.GoalHistory.lines;

import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.goalshift.schema.Columns;
import org.junit.jupiter.api.Test;

/**
 * transitions, cohorts, attention and clients against {@link GoalHistory} by hand, as of June 2026.
 */
class EvolutionOutputsTest extends CachedGoalHistory {
  @Test
  void transitionsCountRevisionsByLabelBeforeAndAfterUnderTheGoalsSupervisor() {
    Dataset<Row> transitions = Evolution.transitions(Evolution.goalFacts(versions, JUNE));

    assertThat(transitions.columns())
        .containsExactly(
            Columns.SUPERVISOR_ID, Columns.FROM_LABEL, Columns.TO_LABEL, Columns.REVISIONS);
    // Revisions up to 2026-06-30: g1 v3 and g7 v2 PT -> RO; g3 v2 RO -> PT; g5 v2 U -> U (recorded
    // under S2, but g5's latest version is S1's) and g5 v3 U -> RO. g6's PT -> RO is in July.
    // Respacing (g1 v2) and a case change (g4 v3) are not revisions.
    assertThat(lines(transitions))
        .containsExactly(
            "S1,performance_target,relationship_oriented,2",
            "S1,relationship_oriented,performance_target,1",
            "S1,unclassified,relationship_oriented,1",
            "S1,unclassified,unclassified,1");
  }

  @Test
  void cohortsFollowEachIntakeMonthForNinetyDays() {
    Dataset<Row> cohorts = Evolution.cohorts(Evolution.goalFacts(versions, JUNE));

    assertThat(cohorts.columns())
        .containsExactly(
            Columns.SUPERVISOR_ID,
            Columns.INTAKE_MONTH,
            Columns.GOALS,
            Columns.OBSERVED_90_DAYS,
            Columns.REVISED_WITHIN_90_DAYS);
    // Observed = first version at least 90 days before 2026-06-30, i.e. on or before 2026-04-01.
    // S1 2026-01: g1 (revised day 35: within) and g7 (revised day 91: not within).
    // S1 2026-03: g2, observed (91 days), never revised. S1 2026-04: g3, first version 2026-04-01,
    // exactly 90 days: observed, revised day 0. S1 2026-05: g5 (2026-05-20): not yet observed.
    // S2 2026-02: g4, observed, never revised. S2 2026-06: g6, not yet observed.
    assertThat(lines(cohorts))
        .containsExactly(
            "S1,2026-01,2,2,1",
            "S1,2026-03,1,1,0",
            "S1,2026-04,1,1,1",
            "S1,2026-05,1,0,0",
            "S2,2026-02,1,1,0",
            "S2,2026-06,1,0,0");
  }

  @Test
  void attentionListsOpenPerformanceTargetGoalsUnchangedForTheSetDays() {
    Dataset<Row> attention =
        Evolution.attention(Evolution.goalFacts(versions, JUNE), Evolution.DEFAULT_ATTENTION_DAYS);

    assertThat(attention.columns())
        .containsExactly(
            Columns.GOAL_ID,
            Columns.CLIENT_ID,
            Columns.THERAPIST_ID,
            Columns.SUPERVISOR_ID,
            Columns.DAYS_UNCHANGED,
            Columns.LATEST_LABEL,
            Columns.CUES);
    // Latest PT and open: g2 (no status), g3 (revised), g4 (reopened in May), g6 (active).
    // Unchanged since: g2 its first version 2026-03-31 = 91 days; g3 its revision 2026-04-01 = 90
    // days (on the boundary: listed); g4 never revised, first version 2026-02-01 = 149 days (its
    // reopening is no revision); g6 2026-06-15 = 15 days: not listed. g1, g5, g7 are RO at the end.
    assertThat(lines(attention))
        .containsExactly(
            "g2,c1,T1,S1,91,performance_target,cues of g2 v1",
            "g3,c2,T2,S1,90,performance_target,cues of g3 v2",
            "g4,c3,T3,S2,149,performance_target,cues of g4 v3");
    // One day more and g3, at 90 days, drops out.
    assertThat(
            lines(
                Evolution.attention(Evolution.goalFacts(versions, JUNE), 91)
                    .select(Columns.GOAL_ID)))
        .containsExactly("g2", "g4");
  }

  @Test
  void attentionRefusesANegativeNumberOfDays() {
    assertThatThrownBy(() -> Evolution.attention(Evolution.goalFacts(versions, JUNE), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attention days must be 0 or more, got -1");
  }

  @Test
  void clientsCountUnderTheSupervisorOfTheirMostRecentGoalVersion() {
    Dataset<Row> clients = Evolution.clients(Evolution.goalFacts(versions, JUNE));

    assertThat(clients.columns())
        .containsExactly(
            Columns.CLIENT_ID,
            Columns.SUPERVISOR_ID,
            Columns.GOALS,
            Columns.REVISIONS,
            Columns.PERFORMANCE_TARGET_LATEST,
            Columns.RELATIONSHIP_ORIENTED_LATEST,
            Columns.ONLY_LESS_OF,
            Columns.ANY_AVOIDANCE);
    // c1: g1 (1 revision, latest RO) and g2 (PT), both S1. c2: g3 (1, PT) and g7 (1, RO), S1.
    // c3: g4 (S2, latest 2026-05-01, PT) and g5 (S1, latest 2026-06-30, 2 revisions, RO): the most
    // recent version is g5's, so c3 counts under S1. c5: g6 (S2, PT; its July version unseen).
    // Directions now: c1 g1 approach (achieved: closed) and g2 approach; c2 g3 avoidance and g7
    // approach, both open: some avoidance, not only; c3 approach only; c5's one open goal g6 is
    // avoidance: only "less of".
    assertThat(lines(clients))
        .containsExactly(
            "c1,S1,2,1,1,1,false,false",
            "c2,S1,2,2,1,1,false,true",
            "c3,S1,2,2,1,1,false,false",
            "c5,S2,1,0,1,0,true,true");
  }

  @Test
  void onlyLessOfGoalsAreTheOpenGoalsOfClientsWhoseOpenGoalsAreAllAvoidance() {
    assertThat(lines(Evolution.onlyLessOfGoals(Evolution.goalFacts(versions, JUNE))))
        .containsExactly("g6,c5,T3,S2");
    // In July g6 is reworded toward something wanted, and no client is left with only "less of".
    assertThat(Evolution.onlyLessOfGoals(Evolution.goalFacts(versions, JUNE.plusMonths(1))).count())
        .isZero();
  }

  @Test
  void aReportMonthBeforeAnyGoalGivesEmptyOutputs() {
    GoalFacts beforeAnyGoal = Evolution.goalFacts(versions, YearMonth.of(2025, 12));
    Dataset<Row> curve = Evolution.timeToFirstRevision(beforeAnyGoal);

    assertThat(
            List.of(
                Evolution.goals(beforeAnyGoal),
                Evolution.transitions(beforeAnyGoal),
                curve,
                Evolution.medianDays(curve),
                Evolution.cohorts(beforeAnyGoal),
                Evolution.attention(beforeAnyGoal, 0),
                Evolution.clients(beforeAnyGoal)))
        .allSatisfy(output -> assertThat(output.isEmpty()).isTrue());
  }
}
