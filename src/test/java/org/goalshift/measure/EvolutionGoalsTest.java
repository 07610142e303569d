package org.goalshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goalshift.measure.GoalHistory.JUNE;
import static org.goalshift.measure.GoalHistory.lines;
import static org.goalshift.measure.GoalHistory.v;

import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.goalshift.schema.Columns;
import org.junit.jupiter.api.Test;

/** Revision flags per version and the per-goal table, against {@link GoalHistory} by hand. */
class EvolutionGoalsTest {
  /** goals.csv's rows as of {@code month}, in the file's order. */
  private static Dataset<Row> goalsAsOf(YearMonth month) {
    return Evolution.goals(Evolution.goalFacts(GoalHistory.versions(), month))
        .orderBy(Columns.GOAL_ID);
  }

  @Test
  void revisionIsAChangeOfNormalisedTextFromThePreviousVersionByVersionNumber() {
    Dataset<Row> flags =
        GoalHistory.versions()
            .select(Columns.GOAL_ID, Columns.VERSION, Columns.TEXT_CHANGED, Columns.PREVIOUS_LABEL)
            .orderBy(Columns.GOAL_ID, Columns.VERSION);

    // g1 v2 differs from v1 only by spaces (a tab, a no-break space, leading/trailing) and case: no
    // revision. g3's two versions share recorded_at and arrive in reverse order: v1 is still first,
    // so v2 is the revision. g4 v3 changes case only. g5 v2 adds a full stop: a revision, with
    // previous label unclassified. Every first version is false with no previous label.
    assertThat(lines(flags))
        .containsExactly(
            "g1,1,false,null",
            "g1,2,false,performance_target",
            "g1,3,true,performance_target",
            "g1,4,false,relationship_oriented",
            "g2,1,false,null",
            "g3,1,false,null",
            "g3,2,true,relationship_oriented",
            "g4,1,false,null",
            "g4,2,false,performance_target",
            "g4,3,false,performance_target",
            "g5,1,false,null",
            "g5,2,true,unclassified",
            "g5,3,true,unclassified",
            "g6,1,false,null",
            "g6,2,true,performance_target",
            "g7,1,false,null",
            "g7,2,true,performance_target");
  }

  @Test
  void lineBreaksAndRunsOfWhiteSpaceInsideTheTextAreNoRevision() {
    // v2 only breaks the line, doubles a space and changes case; v3 changes a word.
    Dataset<Row> versions =
        Evolution.versions(
            GoalHistory.labelled(
                List.of(
                    v("s c1 T1 S1 1 2026-01-01 1 active PT A", "Walk to the shop daily"),
                    v("s c1 T1 S1 2 2026-01-02 2 active PT A", "walk to\r\nthe  SHOP daily"),
                    v("s c1 T1 S1 3 2026-01-03 3 active PT A", "Walk to the park daily"))));

    assertThat(lines(versions.select(Columns.VERSION, Columns.TEXT_CHANGED)))
        .containsExactly("1,false", "2,false", "3,true");
  }

  @Test
  void goalsSummariseEachGoalAsOfTheReportMonth() {
    Dataset<Row> goals = goalsAsOf(JUNE);

    assertThat(goals.columns())
        .containsExactly(
            Columns.GOAL_ID,
            Columns.CLIENT_ID,
            Columns.THERAPIST_ID,
            Columns.SUPERVISOR_ID,
            Columns.FIRST_RECORDED_AT,
            Columns.LAST_RECORDED_AT,
            Columns.VERSIONS,
            Columns.REVISIONS,
            Columns.FIRST_LABEL,
            Columns.LATEST_LABEL,
            Columns.LATEST_STATUS,
            Columns.REFRAMES_TO_RELATIONSHIP,
            Columns.REFRAMES_TO_PERFORMANCE,
            Columns.DAYS_TO_FIRST_REVISION,
            Columns.SESSIONS_TO_FIRST_REVISION,
            Columns.FIRST_DIRECTION,
            Columns.LATEST_DIRECTION);
    // g1: first revision v3 on 2026-02-14, 21 days to the end of January + 14 = day 35; sessions
    //     6 - 1 = 5; PT -> RO is a reframe to relationship; the v2 respacing is no revision.
    // g2: one version, dated 2026-03-31 as written (its offset does not move it to April).
    // g3: revised on its first day: day 0, sessions 1 - 1 = 0; RO -> PT is a reframe to
    // performance.
    // g4: closed then reopened, never revised: no days or sessions to a first revision.
    // g5: first revision v2 on 2026-06-10, 11 + 10 = day 21; v2 has no session number, so sessions
    //     is unknown; U -> U and U -> RO are revisions but not reframes; identities from v3 (T2,
    // S1).
    // g6: its 2026-07-01 revision is after June, so in June it is a one-version goal.
    // g7: revised 2026-04-06: 26 + 28 + 31 + 6 = day 91; sessions 10 - 2 = 8.
    // Directions are the first and latest versions' as GoalHistory gives them.
    assertThat(lines(goals))
        .containsExactly(
            "g1,c1,T1,S1,2026-01-10,2026-04-03,4,1,performance_target,relationship_oriented,"
                + "achieved,1,0,35,5,avoidance,approach",
            "g2,c1,T1,S1,2026-03-31,2026-03-31,1,0,performance_target,performance_target,"
                + "null,0,0,null,null,approach,approach",
            "g3,c2,T2,S1,2026-04-01,2026-04-01,2,1,relationship_oriented,performance_target,"
                + "revised,0,1,0,0,approach,avoidance",
            "g4,c3,T3,S2,2026-02-01,2026-05-01,3,0,performance_target,performance_target,"
                + "active,0,0,null,null,approach,approach",
            "g5,c3,T2,S1,2026-05-20,2026-06-30,3,2,unclassified,relationship_oriented,"
                + "revised,0,0,21,null,avoidance,approach",
            "g6,c5,T3,S2,2026-06-15,2026-06-15,1,0,performance_target,performance_target,"
                + "active,0,0,null,null,avoidance,avoidance",
            "g7,c2,T2,S1,2026-01-05,2026-04-06,2,1,performance_target,relationship_oriented,"
                + "active,1,0,91,8,avoidance,approach");
  }

  @Test
  void theNextMonthAddsOnlyWhatWasRecordedInIt() {
    List<String> june = lines(goalsAsOf(JUNE));
    List<String> july = lines(goalsAsOf(JUNE.plusMonths(1)));

    // Only g6 had a version in July: v2 on 2026-07-01, 16 days after 2026-06-15, session 5 - 1 = 4,
    // PT -> RO. Every other goal's row is the same as in June.
    assertThat(july)
        .containsExactly(
            june.get(0),
            june.get(1),
            june.get(2),
            june.get(3),
            june.get(4),
            "g6,c5,T3,S2,2026-06-15,2026-07-01,2,1,performance_target,relationship_oriented,"
                + "active,1,0,16,4,avoidance,approach",
            june.get(6));
  }
}
