package org.goalshift.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.goalshift.schema.Columns.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.goalshift.measure.Evolution;
import org.goalshift.measure.GoalFacts;
import org.goalshift.report.ReportModelBuilder;

/**
 * The measure stage's results for one report: every data/ output with the order its rows are
 * written in. The per-version Dataset and the per-goal facts are cached because every other output
 * and the workbooks are derived from them: the versions are grouped by goal once, not per output.
 */
final class Evolved {
  /** A data file to write: its rows, their size and the order docs/metrics.md documents for it. */
  record Output(Dataset<Row> data, DataFiles.Size size, Column... order) {
    Output(Dataset<Row> data, Column... order) {
      this(data, DataFiles.Size.SMALL, order);
    }
  }

  private static final List<String> GOAL_VERSION_COLUMNS =
      List.of(
          GOAL_ID,
          VERSION,
          CLIENT_ID,
          THERAPIST_ID,
          SUPERVISOR_ID,
          RECORDED_AT,
          SESSION_NUMBER,
          STATUS,
          GOAL_TEXT,
          LABEL,
          CUES,
          CONFIDENCE,
          TEXT_CHANGED,
          PREVIOUS_LABEL);

  private final GoalFacts facts;
  private final Dataset<Row> goals;
  private final Map<String, Output> outputs;
  private final Dataset<Row> timeToFirstRevision;

  private Evolved(GoalFacts facts, Dataset<Row> goals, Map<String, Output> outputs) {
    this.facts = facts;
    this.goals = goals;
    this.outputs = outputs;
    this.timeToFirstRevision = outputs.get("time_to_first_revision").data();
  }

  /**
   * @param versions {@link Evolution#versions} of the labelled versions in the report, persisted by
   *     the caller
   */
  static Evolved of(Dataset<Row> versions, RunSettings settings) {
    GoalFacts facts = Evolution.goalFacts(versions, settings.month());
    facts.rows().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> goals = Evolution.goals(facts).persist(StorageLevel.MEMORY_AND_DISK());
    Map<String, Output> outputs = new LinkedHashMap<>();
    outputs.put(
        "goal_versions",
        new Output(
            versions.select(GOAL_VERSION_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new)),
            DataFiles.Size.LARGE,
            col(GOAL_ID),
            col(VERSION)));
    outputs.put("goals", new Output(goals, DataFiles.Size.LARGE, col(GOAL_ID)));
    outputs.put(
        "monthly",
        new Output(
            small(Evolution.monthly(versions, settings.month())),
            col(SUPERVISOR_ID),
            col(THERAPIST_ID),
            col(MONTH)));
    outputs.put(
        "transitions",
        new Output(
            small(Evolution.transitions(versions, facts)),
            col(SUPERVISOR_ID),
            col(FROM_LABEL),
            col(TO_LABEL)));
    outputs.put(
        "time_to_first_revision",
        new Output(
            small(Evolution.timeToFirstRevision(facts)),
            col(SUPERVISOR_ID).notEqual(ALL_SUPERVISORS),
            col(SUPERVISOR_ID),
            col(DAY)));
    outputs.put(
        "cohorts",
        new Output(small(Evolution.cohorts(facts)), col(SUPERVISOR_ID), col(INTAKE_MONTH)));
    outputs.put(
        "attention",
        new Output(
            Evolution.attention(facts, settings.attentionDays())
                .persist(StorageLevel.MEMORY_AND_DISK()),
            col(SUPERVISOR_ID),
            col(DAYS_UNCHANGED).desc(),
            col(GOAL_ID)));
    outputs.put(
        "clients", new Output(Evolution.clients(facts), col(SUPERVISOR_ID), col(CLIENT_ID)));
    return new Evolved(facts, goals, outputs);
  }

  /** Aggregates are small: cached, the workbook builder reads them without recomputing. */
  private static Dataset<Row> small(Dataset<Row> aggregate) {
    return aggregate.persist(StorageLevel.MEMORY_AND_DISK());
  }

  Map<String, Output> outputs() {
    return outputs;
  }

  long goalCount() {
    return goals.count();
  }

  /**
   * Median days to first revision per supervisor and for ALL; null where the curve stays above
   * half.
   */
  Map<String, Integer> medians() {
    Map<String, Integer> medians = new TreeMap<>();
    for (Row row : Evolution.medianDays(timeToFirstRevision).collectAsList()) {
      medians.put(row.getString(0), row.isNullAt(1) ? null : ((Number) row.get(1)).intValue());
    }
    return medians;
  }

  ReportModelBuilder.Inputs reportInputs() {
    return new ReportModelBuilder.Inputs(
        outputs.get("monthly").data(),
        goals,
        outputs.get("cohorts").data(),
        timeToFirstRevision,
        outputs.get("attention").data(),
        outputs.get("goal_versions").data());
  }

  void release() {
    outputs.values().forEach(o -> o.data().unpersist());
    facts.rows().unpersist();
    goals.unpersist();
  }
}
