package org.goalshift.measure;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.goalshift.measure.GoalHistory.JUNE;
import static org.goalshift.measure.GoalHistory.lines;
import static org.goalshift.measure.GoalHistory.v;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.adaptive.AdaptiveSparkPlanExec;
import org.apache.spark.sql.execution.columnar.InMemoryTableScanLike;
import org.apache.spark.storage.StorageLevel;
import org.goalshift.schema.Columns;
import org.goalshift.testing.TestSpark;
import org.junit.jupiter.api.Test;

/**
 * The per-goal facts themselves, including the ones no single output shows whole: which version
 * each "first" and "latest" comes from when dates, sessions or statuses would suggest another.
 * Lines read goal, client, therapist, supervisor, first date, last date, versions, revisions, first
 * label, latest label, latest status, cues, reframes to relationship and to performance, first
 * session, first revision date and session, last revision date, first closed date.
 */
class GoalFactsTest {
  /**
   * Achieved at v2 with the text unchanged, revised only at v3, discontinued at v4: the first
   * closure comes before the first revision, and the last revision before the latest version.
   */
  private static final List<Row> REVISED_AFTER_CLOSING =
      List.of(
          v("r c1 T1 S1 1 2026-01-05 1 active PT A", "Run a marathon"),
          v("r c1 T1 S1 2 2026-02-02 3 achieved PT A", "Run a marathon"),
          v("r c1 T1 S1 3 2026-03-09 5 revised RO A", "Enjoy running with friends"),
          v("r c1 T1 S1 4 2026-04-01 6 discontinued RO A", "Enjoy running with friends"));

  /**
   * No session number on the first version or on the first revision, while later versions have one:
   * the facts keep the first version's and the first revision's (unknown), not the smallest known
   * session.
   */
  private static final List<Row> MISSING_SESSIONS =
      List.of(
          v("n c2 T2 S1 1 2026-01-05 - active U A", "Talk more"),
          v("n c2 T2 S1 2 2026-01-12 2 active U A", "Talk more"),
          v("n c2 T2 S1 3 2026-01-19 - revised PT A", "Talk more at work"),
          v("n c2 T2 S1 4 2026-01-26 4 revised RO A", "Listen more at work"));

  /**
   * Three versions on one day, handed over out of order, v1 the latest by time of day, moving to
   * another therapist and supervisor, the latest with no status: every first and latest follows the
   * version number.
   */
  private static final List<Row> SAME_DAY =
      List.of(
          v("t c3 T3 S2 3 2026-05-04T09:00:00 9 - RO A", "Listen before answering"),
          v("t c3 T1 S1 1 2026-05-04T17:00:00 7 active PT V", "Stop arguing"),
          v("t c3 T2 S1 2 2026-05-04T12:00:00 8 active PT V", "Stop arguing"));

  @Test
  void aRevisionAfterTheFirstClosureLeavesTheClosureDateWhereItWas() {
    assertThat(lines(facts(REVISED_AFTER_CLOSING)))
        .containsExactly(
            "r,c1,T1,S1,2026-01-05,2026-04-01,4,1,performance_target,relationship_oriented,"
                + "discontinued,cues of r v4,1,0,1,2026-03-09,5,2026-03-09,2026-02-02,approach,approach");
  }

  @Test
  void missingSessionNumbersStayUnknownRatherThanTakingALaterVersionsNumber() {
    // U -> PT is a revision but no reframe; PT -> RO is a reframe to relationship.
    assertThat(lines(facts(MISSING_SESSIONS)))
        .containsExactly(
            "n,c2,T2,S1,2026-01-05,2026-01-26,4,2,unclassified,relationship_oriented,"
                + "revised,cues of n v4,1,0,null,2026-01-19,null,2026-01-26,null,approach,approach");
  }

  @Test
  void versionsRecordedOnTheSameDayAreOrderedByVersionNumber() {
    assertThat(lines(facts(SAME_DAY)))
        .containsExactly(
            "t,c3,T3,S2,2026-05-04,2026-05-04,3,1,performance_target,relationship_oriented,"
                + "null,cues of t v3,1,0,7,2026-05-04,9,2026-05-04,null,avoidance,approach");
  }

  @Test
  void versionsInAnyOrderGiveTheSameFacts() {
    List<Row> all = new ArrayList<>();
    all.addAll(REVISED_AFTER_CLOSING);
    all.addAll(MISSING_SESSIONS);
    all.addAll(SAME_DAY);
    Dataset<Row> labelled = GoalHistory.labelled(all);
    // The same versions as one local table with the goals interleaved, the latest version first:
    // nothing in its plan groups or orders them by goal until the revision window does.
    List<Row> interleaved = new ArrayList<>(labelled.collectAsList());
    interleaved.sort(
        (a, b) ->
            Integer.compare(b.<Integer>getAs(Columns.VERSION), a.<Integer>getAs(Columns.VERSION)));
    Dataset<Row> unordered = TestSpark.session().createDataFrame(interleaved, labelled.schema());

    assertThat(lines(sorted(Evolution.goalFacts(Evolution.versions(unordered), JUNE))))
        .containsExactlyElementsOf(
            lines(sorted(Evolution.goalFacts(Evolution.versions(labelled), JUNE))))
        .hasSize(3);
  }

  @Test
  void versionsThatDidNotComeThroughTheRevisionWindowAreRefusedNotMiscounted() {
    List<Row> all = new ArrayList<>();
    all.addAll(REVISED_AFTER_CLOSING);
    all.addAll(MISSING_SESSIONS);
    Dataset<Row> versions = Evolution.versions(GoalHistory.labelled(all));
    List<Row> interleaved = new ArrayList<>(versions.collectAsList());
    interleaved.sort(
        (a, b) ->
            Integer.compare(b.<Integer>getAs(Columns.VERSION), a.<Integer>getAs(Columns.VERSION)));
    Dataset<Row> unordered =
        TestSpark.session().createDataFrame(interleaved, versions.schema()).coalesce(1);

    assertThatThrownBy(() -> Evolution.goalFacts(unordered, JUNE).rows().collectAsList())
        .hasStackTraceContaining("versions must come clustered by goal and sorted");
  }

  @Test
  void versionsCachedByGoalInVersionOrderAreWalkedWithoutShuffleOrSort() {
    // As a report hands them over: repartitioned by goal (Validation), sorted by goal and version
    // within each partition (the revision window of Evolution.versions), cached and counted.
    Dataset<Row> cached =
        Evolution.versions(
                GoalHistory.labelled(GoalHistory.rows()).repartition(col(Columns.GOAL_ID)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      cached.count();
      SparkPlan plan = Evolution.goalFacts(cached, JUNE).rows().queryExecution().executedPlan();
      List<String> aboveCache = new ArrayList<>();
      collectAboveCache(
          plan instanceof AdaptiveSparkPlanExec adaptive ? adaptive.executedPlan() : plan,
          aboveCache);

      assertThat(aboveCache)
          .as("operators between the facts and the cached versions")
          .contains("MapPartitionsExec")
          .doesNotContain("ShuffleExchangeExec", "SortExec");
    } finally {
      cached.unpersist();
    }
  }

  private static void collectAboveCache(SparkPlan plan, List<String> names) {
    if (plan instanceof InMemoryTableScanLike) {
      return;
    }
    names.add(plan.getClass().getSimpleName());
    for (int i = 0; i < plan.children().size(); i++) {
      collectAboveCache(plan.children().apply(i), names);
    }
  }

  private static Dataset<Row> facts(List<Row> labelled) {
    return Evolution.goalFacts(Evolution.versions(GoalHistory.labelled(labelled)), JUNE).rows();
  }

  private static Dataset<Row> sorted(GoalFacts facts) {
    return facts.rows().orderBy(Columns.GOAL_ID);
  }
}
