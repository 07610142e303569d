package org.goalshift.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.RelationalGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.goalshift.measure.Evolution;
import org.goalshift.schema.Columns;

/**
 * Builds the {@link ReportModel} from the measure stage's outputs. Every figure is aggregated by
 * Spark first; only the small results (one row per supervisor or therapist and month) reach the
 * driver, never goal versions.
 */
public final class ReportModelBuilder {
  /** The monthly counts, in {@link MonthlyFigures} order. */
  static final List<String> MONTHLY_COUNTS =
      List.of(
          Columns.ACTIVE_GOALS,
          Columns.NEW_GOALS,
          Columns.REVISIONS,
          Columns.GOALS_REVISED,
          Columns.REFRAMES_TO_RELATIONSHIP,
          Columns.REFRAMES_TO_PERFORMANCE,
          Columns.PERFORMANCE_TARGET,
          Columns.RELATIONSHIP_ORIENTED,
          Columns.UNCLASSIFIED);
  /** A goal counts toward the 90-day share once it has been followed this long. */
  static final int FOLLOW_UP_DAYS = 90;

  private static final String THERAPIST_KEY = "team_therapist";
  // Ids never hold a NUL character, so joining two with it and splitting again is lossless.
  private static final String KEY_SEPARATOR = "\u0000";
  private static final String ATTENTION_RANK = "attention_rank";

  private ReportModelBuilder() {}

  /**
   * The Datasets the report reads, with the column names of the output contract.
   *
   * @param monthly data/monthly.csv
   * @param goals data/goals.csv
   * @param cohorts data/cohorts.csv
   * @param timeToFirstRevision data/time_to_first_revision.csv (Kaplan-Meier curve)
   * @param attention data/attention.csv
   * @param goalVersions data/goal_versions.csv with goal_text already redacted; read only for the
   *     latest text of the attention goals
   */
  public record Inputs(
      Dataset<Row> monthly,
      Dataset<Row> goals,
      Dataset<Row> cohorts,
      Dataset<Row> timeToFirstRevision,
      Dataset<Row> attention,
      Dataset<Row> goalVersions) {}

  /** What the run knows about its input, passed in by the caller. */
  public record RunFacts(
      DataQuality overall, Map<String, DataQuality> bySupervisor, RunInfo info) {}

  /**
   * @param attentionRows the most stuck goals listed per supervisor (longest unchanged first); only
   *     those are collected, with a count of the rest
   */
  public static ReportModel build(
      YearMonth month, Inputs inputs, RunFacts facts, int attentionRows) {
    Column notAll = col(Columns.SUPERVISOR_ID).notEqual(lit(Columns.ALL_SUPERVISORS));
    Dataset<Row> monthly = inputs.monthly().filter(notAll);
    Dataset<Row> cohorts = inputs.cohorts().filter(notAll);

    Map<String, List<MonthlyFigures>> monthsBySupervisor =
        monthlyFigures(monthly.groupBy(Columns.SUPERVISOR_ID, Columns.MONTH), Columns.SUPERVISOR_ID);
    List<MonthlyFigures> organisationMonths =
        monthlyFigures(monthly.groupBy(lit(Columns.ALL_SUPERVISORS).as(Columns.SUPERVISOR_ID), col(Columns.MONTH)), Columns.SUPERVISOR_ID)
            .getOrDefault(Columns.ALL_SUPERVISORS, List.of());
    Map<String, Map<YearMonth, Proportion>> cohortsBySupervisor =
        cohortShares(cohorts.groupBy(Columns.SUPERVISOR_ID, Columns.INTAKE_MONTH));
    Map<YearMonth, Proportion> organisationCohorts =
        cohortShares(cohorts.groupBy(lit(Columns.ALL_SUPERVISORS).as(Columns.SUPERVISOR_ID), col(Columns.INTAKE_MONTH)))
            .getOrDefault(Columns.ALL_SUPERVISORS, Map.of());
    Map<String, Double> medians = medianDays(inputs.timeToFirstRevision());
    Map<String, List<TeamFigures>> therapists = therapistFigures(month, inputs);
    Map<String, List<AttentionGoal>> attention = attentionGoals(inputs, attentionRows);
    Map<String, Long> attentionTotals = new HashMap<>();
    for (Row row : inputs.attention().groupBy(Columns.SUPERVISOR_ID).count().collectAsList()) {
      attentionTotals.put(row.getString(0), row.getLong(1));
    }

    TreeSet<String> supervisorIds = new TreeSet<>(monthsBySupervisor.keySet());
    for (Row row :
        inputs.goals().filter(notAll).select(Columns.SUPERVISOR_ID).distinct().collectAsList()) {
      supervisorIds.add(row.getString(0));
    }
    List<TeamReport> supervisors = new ArrayList<>();
    for (String id : supervisorIds) {
      Map<YearMonth, Proportion> byIntake = cohortsBySupervisor.getOrDefault(id, Map.of());
      supervisors.add(
          new TeamReport(
              new TeamFigures(
                  id,
                  monthsBySupervisor.getOrDefault(id, List.of()),
                  byIntake,
                  pooled(byIntake),
                  medians.get(id)),
              therapists.getOrDefault(id, List.of()),
              attention.getOrDefault(id, List.of()),
              attentionTotals.getOrDefault(id, 0L),
              facts.bySupervisor().getOrDefault(id, DataQuality.NONE)));
    }
    TeamFigures organisation =
        new TeamFigures(
            Columns.ALL_SUPERVISORS,
            organisationMonths,
            organisationCohorts,
            pooled(organisationCohorts),
            medians.get(Columns.ALL_SUPERVISORS));
    return new ReportModel(month, organisation, supervisors, facts.overall(), facts.info());
  }

  private static Map<String, List<MonthlyFigures>> monthlyFigures(
      RelationalGroupedDataset grouped, String keyColumn) {
    Column[] sums =
        MONTHLY_COUNTS.stream().map(name -> sum(col(name).cast("long")).as(name)).toArray(Column[]::new);
    Map<String, List<MonthlyFigures>> byKey = new TreeMap<>();
    for (Row row : grouped.agg(sums[0], Arrays.copyOfRange(sums, 1, sums.length)).collectAsList()) {
      byKey
          .computeIfAbsent(row.getAs(keyColumn), key -> new ArrayList<>())
          .add(
              new MonthlyFigures(
                  yearMonth(row.getAs(Columns.MONTH)),
                  count(row, Columns.ACTIVE_GOALS),
                  count(row, Columns.NEW_GOALS),
                  count(row, Columns.REVISIONS),
                  count(row, Columns.GOALS_REVISED),
                  count(row, Columns.REFRAMES_TO_RELATIONSHIP),
                  count(row, Columns.REFRAMES_TO_PERFORMANCE),
                  count(row, Columns.PERFORMANCE_TARGET),
                  count(row, Columns.RELATIONSHIP_ORIENTED),
                  count(row, Columns.UNCLASSIFIED)));
    }
    return byKey;
  }

  private static Map<String, Map<YearMonth, Proportion>> cohortShares(
      RelationalGroupedDataset grouped) {
    Map<String, Map<YearMonth, Proportion>> bySupervisor = new TreeMap<>();
    List<Row> rows =
        grouped
            .agg(
                sum(col(Columns.REVISED_WITHIN_90_DAYS).cast("long")).as(Columns.REVISED_WITHIN_90_DAYS),
                sum(col(Columns.OBSERVED_90_DAYS).cast("long")).as(Columns.OBSERVED_90_DAYS))
            .collectAsList();
    for (Row row : rows) {
      bySupervisor
          .computeIfAbsent(row.getAs(Columns.SUPERVISOR_ID), key -> new TreeMap<>())
          .put(
              yearMonth(row.getAs(Columns.INTAKE_MONTH)),
              new Proportion(
                  count(row, Columns.REVISED_WITHIN_90_DAYS), count(row, Columns.OBSERVED_90_DAYS)));
    }
    return bySupervisor;
  }

  /** Kaplan-Meier median: the first day on which the share still unrevised is 0.5 or less. */
  /** The medians as the measure stage defines them, for the run summary and the workbooks alike. */
  private static Map<String, Double> medianDays(Dataset<Row> curve) {
    Map<String, Double> medians = new HashMap<>();
    for (Row row : Evolution.medianDays(curve).collectAsList()) {
      if (!row.isNullAt(1)) {
        medians.put(row.getString(0), ((Number) row.get(1)).doubleValue());
      }
    }
    return medians;
  }

  /**
   * Each team's therapists with their report-month figures and their 90-day share, counted from
   * goals.csv with the same rule as cohorts.csv (cohorts.csv has no therapist column).
   */
  private static Map<String, List<TeamFigures>> therapistFigures(YearMonth month, Inputs inputs) {
    Map<String, List<MonthlyFigures>> monthByTherapist =
        monthlyFigures(
            inputs
                .monthly()
                .filter(col(Columns.MONTH).equalTo(lit(month.toString())))
                .groupBy(teamAndTherapist(), col(Columns.MONTH)),
            THERAPIST_KEY);
    Column firstDate =
        to_date(substring(col(Columns.FIRST_RECORDED_AT).cast("string"), 1, 10));
    Column observed =
        firstDate.leq(date_sub(to_date(lit(month.atEndOfMonth().toString())), FOLLOW_UP_DAYS));
    Column revisedInTime =
        observed.and(col(Columns.DAYS_TO_FIRST_REVISION).try_cast("long").leq(FOLLOW_UP_DAYS));
    List<Row> shares =
        inputs
            .goals()
            .groupBy(teamAndTherapist())
            .agg(
                sum(when(revisedInTime, 1).otherwise(0)).cast("long").as(Columns.REVISED_WITHIN_90_DAYS),
                sum(when(observed, 1).otherwise(0)).cast("long").as(Columns.OBSERVED_90_DAYS))
            .collectAsList();
    Map<String, Proportion> shareByTherapist = new HashMap<>();
    for (Row row : shares) {
      shareByTherapist.put(
          row.getAs(THERAPIST_KEY),
          new Proportion(count(row, Columns.REVISED_WITHIN_90_DAYS), count(row, Columns.OBSERVED_90_DAYS)));
    }
    TreeSet<String> keys = new TreeSet<>(monthByTherapist.keySet());
    for (Row row :
        inputs
            .monthly()
            .filter(col(Columns.MONTH).geq(lit(month.minusMonths(11).toString())))
            .filter(col(Columns.MONTH).leq(lit(month.toString())))
            .select(teamAndTherapist())
            .distinct()
            .collectAsList()) {
      keys.add(row.getString(0));
    }
    Map<String, List<TeamFigures>> bySupervisor = new TreeMap<>();
    for (String key : keys) {
      String[] ids = key.split(KEY_SEPARATOR, 2);
      bySupervisor
          .computeIfAbsent(ids[0], supervisor -> new ArrayList<>())
          .add(
              new TeamFigures(
                  ids[1],
                  monthByTherapist.getOrDefault(key, List.of()),
                  Map.of(),
                  shareByTherapist.getOrDefault(key, Proportion.EMPTY),
                  null));
    }
    return bySupervisor;
  }


  /** One key for a therapist within a team: a therapist who changed team is shown in both. */
  private static Column teamAndTherapist() {
    return concat_ws(KEY_SEPARATOR, col(Columns.SUPERVISOR_ID), col(Columns.THERAPIST_ID))
        .as(THERAPIST_KEY);
  }

  private static Map<String, List<AttentionGoal>> attentionGoals(Inputs inputs, int limit) {
    WindowSpec longestUnchangedFirst =
        Window.partitionBy(Columns.SUPERVISOR_ID)
            .orderBy(col(Columns.DAYS_UNCHANGED).desc(), col(Columns.GOAL_ID));
    Dataset<Row> attention =
        inputs
            .attention()
            .withColumn(ATTENTION_RANK, row_number().over(longestUnchangedFirst))
            .filter(col(ATTENTION_RANK).leq(limit))
            .drop(ATTENTION_RANK);
    Dataset<Row> latestText =
        inputs
            .goalVersions()
            .join(attention.select(Columns.GOAL_ID), Columns.GOAL_ID, "left_semi")
            .groupBy(Columns.GOAL_ID)
            .agg(max_by(col(Columns.GOAL_TEXT), col(Columns.VERSION).cast("long")).as(Columns.GOAL_TEXT));
    List<Row> rows =
        attention
            .join(latestText, Columns.GOAL_ID, "left")
            .select(
                col(Columns.GOAL_ID),
                col(Columns.CLIENT_ID),
                col(Columns.THERAPIST_ID),
                col(Columns.SUPERVISOR_ID),
                col(Columns.DAYS_UNCHANGED).cast("long").as(Columns.DAYS_UNCHANGED),
                col(Columns.LATEST_LABEL),
                col(Columns.CUES),
                col(Columns.GOAL_TEXT))
            .orderBy(col(Columns.SUPERVISOR_ID), col(Columns.DAYS_UNCHANGED).desc(), col(Columns.GOAL_ID))
            .collectAsList();
    Map<String, List<AttentionGoal>> bySupervisor = new TreeMap<>();
    for (Row row : rows) {
      AttentionGoal goal =
          new AttentionGoal(
              row.getString(0),
              row.getString(1),
              row.getString(2),
              row.getString(3),
              row.getLong(4),
              row.getString(5),
              row.getString(6),
              row.getString(7));
      bySupervisor.computeIfAbsent(goal.supervisorId(), key -> new ArrayList<>()).add(goal);
    }
    return bySupervisor;
  }

  private static Proportion pooled(Map<YearMonth, Proportion> byIntakeMonth) {
    return byIntakeMonth.values().stream().reduce(Proportion.EMPTY, Proportion::plus);
  }

  private static long count(Row row, String column) {
    Number value = row.getAs(column);
    return value == null ? 0 : value.longValue();
  }

  private static YearMonth yearMonth(Object value) {
    return YearMonth.parse(value.toString().substring(0, 7));
  }
}
