package org.goalshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.goalshift.engine.Parallel;
import org.goalshift.measure.AttentionGoal;
import org.goalshift.measure.Evolution;
import org.goalshift.measure.LessOfGoal;
import org.goalshift.measure.WorkbookFigures;
import org.goalshift.schema.Columns;
import org.goalshift.testing.TestSpark;
import org.goalshift.validate.DataQuality;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportModelBuilderTest {
  static final YearMonth MONTH = YearMonth.of(2026, 11);
  static ReportModel model;
  static WorkbookFigures.Inputs inputs;
  static ReportModelBuilder.RunFacts facts;
  static final Parallel parallel = new Parallel(4);

  @BeforeAll
  static void build() {
    Dataset<Row> monthly =
        frame(
            schema(
                str(Columns.SUPERVISOR_ID),
                str(Columns.THERAPIST_ID),
                str(Columns.MONTH),
                num(Columns.ACTIVE_GOALS),
                num(Columns.NEW_GOALS),
                num(Columns.REVISIONS),
                num(Columns.GOALS_REVISED),
                num(Columns.REFRAMES_TO_RELATIONSHIP),
                num(Columns.REFRAMES_TO_PERFORMANCE),
                num(Columns.PERFORMANCE_TARGET),
                num(Columns.RELATIONSHIP_ORIENTED),
                num(Columns.UNCLASSIFIED),
                num(Columns.APPROACH),
                num(Columns.AVOIDANCE),
                num(Columns.MIXED),
                num(Columns.NO_DIRECTION)),
            RowFactory.create("S1", "T1", "2026-11", 10, 2, 3, 2, 1, 0, 5, 4, 1, 5, 2, 2, 1),
            RowFactory.create("S1", "T2", "2026-11", 6, 1, 1, 1, 0, 1, 2, 3, 1, 3, 2, 1, 0),
            RowFactory.create("S1", "T1", "2026-10", 9, 3, 2, 2, 0, 0, 6, 2, 1, 4, 3, 1, 1),
            RowFactory.create("S2", "T3", "2026-11", 4, 4, 0, 0, 0, 0, 4, 0, 0, 1, 3, 0, 0),
            RowFactory.create("S2", "T4", "2026-03", 7, 7, 1, 1, 1, 0, 3, 4, 0, 4, 1, 1, 1));
    Dataset<Row> goals =
        frame(
            schema(
                str(Columns.GOAL_ID),
                str(Columns.SUPERVISOR_ID),
                str(Columns.THERAPIST_ID),
                str(Columns.FIRST_RECORDED_AT),
                num(Columns.DAYS_TO_FIRST_REVISION)),
            // Report month ends 2026-11-30: followed 90 days means first version on or before
            // 2026-09-01.
            RowFactory.create("g1", "S1", "T1", "2026-09-01", 90),
            RowFactory.create("g2", "S1", "T1", "2026-06-10T09:30:00+02:00", 91),
            RowFactory.create("g3", "S1", "T1", "2026-09-02", 5),
            RowFactory.create("g4", "S1", "T2", "2026-01-05", null),
            RowFactory.create("g5", "S2", "T3", "2026-11-03", null),
            RowFactory.create("g6", "S2", "T4", "2026-03-01", 30));
    Dataset<Row> cohorts =
        frame(
            schema(
                str(Columns.SUPERVISOR_ID),
                str(Columns.INTAKE_MONTH),
                num(Columns.GOALS),
                num(Columns.OBSERVED_90_DAYS),
                num(Columns.REVISED_WITHIN_90_DAYS)),
            RowFactory.create("S1", "2026-06", 1, 1, 0),
            RowFactory.create("S1", "2026-09", 2, 1, 1),
            RowFactory.create("S1", "2026-01", 1, 1, 0),
            RowFactory.create("S2", "2026-03", 1, 1, 1),
            RowFactory.create("ALL", "2026-03", 1, 1, 1));
    Dataset<Row> curve =
        frame(
            schema(str(Columns.SUPERVISOR_ID), num(Columns.DAY), dbl(Columns.UNREVISED_SHARE)),
            RowFactory.create("S1", 5, 0.75),
            RowFactory.create("S1", 90, 0.5),
            RowFactory.create("S1", 91, 0.25),
            RowFactory.create("S2", 30, 0.6),
            RowFactory.create("ALL", 30, 0.5));
    Dataset<Row> attention =
        frame(
            schema(
                str(Columns.GOAL_ID),
                str(Columns.CLIENT_ID),
                str(Columns.THERAPIST_ID),
                str(Columns.SUPERVISOR_ID),
                num(Columns.DAYS_UNCHANGED),
                str(Columns.LATEST_LABEL),
                str(Columns.CUES)),
            RowFactory.create("g4", "c4", "T2", "S1", 329, "performance_target", "stop"),
            RowFactory.create("g2", "c2", "T1", "S1", 400, "performance_target", "never"));
    Dataset<Row> onlyLessOf =
        frame(
            schema(
                str(Columns.GOAL_ID),
                str(Columns.CLIENT_ID),
                str(Columns.THERAPIST_ID),
                str(Columns.SUPERVISOR_ID)),
            RowFactory.create("g2", "c2", "T1", "S1"),
            RowFactory.create("g4", "c4", "T2", "S1"),
            RowFactory.create("g7", "c4", "T2", "S1"));
    Dataset<Row> versions =
        frame(
            schema(
                str(Columns.GOAL_ID),
                num(Columns.VERSION),
                str(Columns.GOAL_TEXT),
                str(Columns.DIRECTION_CUES)),
            RowFactory.create("g2", 1, "Be calm", "'calm' -> calm"),
            RowFactory.create("g2", 2, "Never panic again", "'never' -> never again"),
            RowFactory.create("g4", 1, "=stop worrying", "'stop' -> stopping something"),
            RowFactory.create("g7", 1, "Drink less", "'less' -> less of something"),
            RowFactory.create("g1", 1, "not an attention goal", ""));
    DataQuality s1 = new DataQuality(10, 9, Map.of("empty goal_text", 1L), 0);
    inputs =
        new WorkbookFigures.Inputs(
            MONTH,
            monthly,
            goals,
            cohorts,
            Evolution.medianDaysBySupervisor(curve),
            attention,
            onlyLessOf,
            versions);
    facts =
        new ReportModelBuilder.RunFacts(
            new DataQuality(20, 18, Map.of("empty goal_text", 1L), 1),
            Map.of("S1", s1),
            new RunInfo(List.of("in.csv"), Instant.EPOCH, Duration.ofSeconds(3), "test"));
    model = ReportModelBuilder.build(MONTH, WorkbookFigures.of(inputs, 1_000, parallel), facts);
  }

  @AfterAll
  static void stopThreads() {
    parallel.close();
  }

  @Test
  void teamFiguresAreTheSumOfTheirTherapistsPerMonth() {
    assertThat(model.supervisors())
        .extracting(TeamReport::supervisorId)
        .containsExactly("S1", "S2");
    TeamFigures s1 = model.supervisors().get(0).team();
    assertThat(s1.at(MONTH))
        .isEqualTo(new MonthlyFigures(MONTH, 16, 3, 4, 3, 1, 1, 7, 7, 2, 8, 4, 3, 1));
    assertThat(s1.at(MONTH).wantedShare()).isEqualTo(new Proportion(11, 16));
    assertThat(s1.at(MONTH.minusMonths(1)).activeGoals()).isEqualTo(9);
    assertThat(s1.at(MONTH.minusMonths(2))).isEqualTo(MonthlyFigures.empty(MONTH.minusMonths(2)));
    assertThat(model.organisation().at(MONTH).activeGoals()).isEqualTo(20);
    assertThat(model.organisation().at(YearMonth.of(2026, 3)).newGoals()).isEqualTo(7);
  }

  @Test
  void lessOfClientsGoalsCarryTheirLatestTextAndDirectionCues() {
    TeamReport s1 = model.supervisors().get(0);

    assertThat(s1.onlyLessOfClients()).isEqualTo(2);
    assertThat(s1.onlyLessOf())
        .containsExactly(
            new LessOfGoal(
                "g2", "c2", "T1", "S1", 1, "'never' -> never again", "Never panic again"),
            new LessOfGoal(
                "g4", "c4", "T2", "S1", 2, "'stop' -> stopping something", "=stop worrying"),
            new LessOfGoal("g7", "c4", "T2", "S1", 2, "'less' -> less of something", "Drink less"));
    assertThat(model.supervisors().get(1).onlyLessOf()).isEmpty();
    assertThat(model.supervisors().get(1).onlyLessOfClients()).isZero();
  }

  @Test
  void ninetyDayShareComesFromCohortsWithoutTheAllRow() {
    assertThat(model.supervisors().get(0).team().revisedWithin90Days())
        .isEqualTo(new Proportion(1, 3));
    assertThat(model.supervisors().get(0).team().revisedWithin90DaysOfIntake(YearMonth.of(2026, 9)))
        .isEqualTo(new Proportion(1, 1));
    assertThat(model.organisation().revisedWithin90Days()).isEqualTo(new Proportion(2, 4));
  }

  @Test
  void medianIsTheFirstDayTheUnrevisedShareReachesOneHalf() {
    assertThat(model.supervisors().get(0).team().medianDaysToFirstRevision()).isEqualTo(90.0);
    assertThat(model.supervisors().get(1).team().medianDaysToFirstRevision()).isNull();
    assertThat(model.organisation().medianDaysToFirstRevision()).isEqualTo(30.0);
  }

  @Test
  void therapistsHaveTheirMonthAndTheirOwnNinetyDayShareFromGoals() {
    List<TeamFigures> therapists = model.supervisors().get(0).therapists();
    assertThat(therapists).extracting(TeamFigures::id).containsExactly("T1", "T2");
    // T1: g1 (day 90, followed) revised in time; g2 followed, revised on day 91; g3 not yet
    // followed.
    assertThat(therapists.get(0).revisedWithin90Days()).isEqualTo(new Proportion(1, 2));
    assertThat(therapists.get(1).revisedWithin90Days()).isEqualTo(new Proportion(0, 1));
    assertThat(therapists.get(0).at(MONTH).activeGoals()).isEqualTo(10);
    // T4 was last active in March, still inside the 12 months: listed, with a zero month.
    TeamFigures t4 = model.supervisors().get(1).therapists().get(1);
    assertThat(t4.id()).isEqualTo("T4");
    assertThat(t4.at(MONTH).activeGoals()).isZero();
    assertThat(t4.revisedWithin90Days()).isEqualTo(new Proportion(1, 1));
  }

  @Test
  void attentionGoalsCarryTheirLatestTextLongestUnchangedFirst() {
    assertThat(model.supervisors().get(0).attention())
        .extracting(AttentionGoal::goalId, AttentionGoal::goalText, AttentionGoal::daysUnchanged)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("g2", "Never panic again", 400L),
            org.assertj.core.groups.Tuple.tuple("g4", "=stop worrying", 329L));
    assertThat(model.supervisors().get(1).attention()).isEmpty();
    assertThat(model.supervisors()).extracting(TeamReport::attentionTotal).containsExactly(2L, 0L);
  }

  @Test
  void onlyTheLongestUnchangedAttentionGoalsAreCollectedWithACountOfAll() {
    TeamReport s1 =
        ReportModelBuilder.build(MONTH, WorkbookFigures.of(inputs, 1, parallel), facts)
            .supervisors()
            .get(0);

    assertThat(s1.attention()).extracting(AttentionGoal::goalId).containsExactly("g2");
    assertThat(s1.attentionTotal()).isEqualTo(2);
  }

  @Test
  void dataQualityIsPassedThroughPerSupervisor() {
    assertThat(model.supervisors().get(0).quality().rowsRejected()).isEqualTo(1);
    assertThat(model.supervisors().get(1).quality()).isEqualTo(DataQuality.NONE);
    assertThat(model.quality().rowsRead()).isEqualTo(20);
  }

  private static Dataset<Row> frame(StructType schema, Row... rows) {
    return TestSpark.session().createDataFrame(Arrays.asList(rows), schema);
  }

  private static StructType schema(StructField... fields) {
    return new StructType(fields);
  }

  private static StructField str(String name) {
    return field(name, DataTypes.StringType);
  }

  private static StructField num(String name) {
    return field(name, DataTypes.IntegerType);
  }

  private static StructField dbl(String name) {
    return field(name, DataTypes.DoubleType);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
