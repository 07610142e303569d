package org.goalshift.measure;

import static org.apache.spark.sql.functions.col;
import static org.goalshift.schema.Columns.*;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.goalshift.engine.Parallel;
import org.goalshift.output.DataFiles;

/**
 * The measure stage's one door: {@link #of} gives a report's results, every data/ output with the
 * order its rows are written in, and the figures its workbooks are made from. The per-goal facts,
 * goals and the aggregates are cached because other outputs and the workbooks are derived from
 * them: the versions are grouped by goal once, not per output.
 *
 * <p>Each is planned on first use, by the thread that first needs it: the outputs are written side
 * by side, and planning a query costs a cold driver time that would otherwise be spent one after
 * another before any output could start.
 */
public final class Measured {
  /** A data file to write: its rows, their size and the order docs/metrics.md documents for it. */
  public record Output(Supplier<Dataset<Row>> data, DataFiles.Size size, Column... order) {
    Output(Supplier<Dataset<Row>> data, Column... order) {
      this(data, DataFiles.Size.SMALL, order);
    }
  }

  /** A Dataset planned and persisted on its first use, and unpersisted by {@link #release}. */
  private static final class Cached implements Supplier<Dataset<Row>> {
    private final Supplier<Dataset<Row>> plan;
    private Dataset<Row> data;

    Cached(Supplier<Dataset<Row>> plan) {
      this.plan = plan;
    }

    @Override
    public synchronized Dataset<Row> get() {
      if (data == null) {
        data = plan.get().persist(StorageLevel.MEMORY_AND_DISK());
      }
      return data;
    }

    synchronized void release() {
      if (data != null) {
        data.unpersist();
      }
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
          DIRECTION,
          DIRECTION_CUES,
          DIRECTION_CONFIDENCE,
          TEXT_CHANGED,
          PREVIOUS_LABEL);

  private final YearMonth month;
  private final Map<String, Output> outputs;
  private final List<Cached> caches;
  private final Cached goals;
  private final Cached timeToFirstRevision;
  private final Cached onlyLessOf;

  private Measured(
      YearMonth month,
      Map<String, Output> outputs,
      List<Cached> caches,
      Cached goals,
      Cached timeToFirstRevision,
      Cached onlyLessOf) {
    this.month = month;
    this.outputs = outputs;
    this.caches = caches;
    this.goals = goals;
    this.timeToFirstRevision = timeToFirstRevision;
    this.onlyLessOf = onlyLessOf;
  }

  /**
   * @param versions {@link Evolution#versions} of the labelled versions in the report, persisted by
   *     the caller
   * @param attentionDays days without change after which an open performance-target goal is listed
   */
  public static Measured of(Dataset<Row> versions, YearMonth month, int attentionDays) {
    Cached pass = new Cached(() -> Evolution.goalFacts(versions, month).pass());
    Supplier<GoalFacts> facts = () -> new GoalFacts(pass.get(), month);
    Cached goals = new Cached(() -> Evolution.goals(facts.get()));
    Cached monthly = new Cached(() -> Evolution.monthly(facts.get()));
    Cached transitions = new Cached(() -> Evolution.transitions(facts.get()));
    Cached timeToFirstRevision = new Cached(() -> Evolution.timeToFirstRevision(facts.get()));
    Cached cohorts = new Cached(() -> Evolution.cohorts(facts.get()));
    Cached attention = new Cached(() -> Evolution.attention(facts.get(), attentionDays));
    Cached onlyLessOf = new Cached(() -> Evolution.onlyLessOfGoals(facts.get()));
    Map<String, Output> outputs = new LinkedHashMap<>();
    outputs.put(
        "goal_versions",
        new Output(
            () ->
                versions.select(
                    GOAL_VERSION_COLUMNS.stream().map(c -> col(c)).toArray(Column[]::new)),
            DataFiles.Size.LARGE,
            col(GOAL_ID),
            col(VERSION)));
    outputs.put("goals", new Output(goals, DataFiles.Size.LARGE, col(GOAL_ID)));
    outputs.put("monthly", new Output(monthly, col(SUPERVISOR_ID), col(THERAPIST_ID), col(MONTH)));
    outputs.put(
        "transitions", new Output(transitions, col(SUPERVISOR_ID), col(FROM_LABEL), col(TO_LABEL)));
    outputs.put(
        "time_to_first_revision",
        new Output(
            timeToFirstRevision,
            col(SUPERVISOR_ID).notEqual(ALL_SUPERVISORS),
            col(SUPERVISOR_ID),
            col(DAY)));
    outputs.put("cohorts", new Output(cohorts, col(SUPERVISOR_ID), col(INTAKE_MONTH)));
    outputs.put(
        "attention",
        new Output(attention, col(SUPERVISOR_ID), col(DAYS_UNCHANGED).desc(), col(GOAL_ID)));
    outputs.put(
        "clients",
        new Output(() -> Evolution.clients(facts.get()), col(SUPERVISOR_ID), col(CLIENT_ID)));
    List<Cached> caches =
        List.of(
            pass, goals, monthly, transitions, timeToFirstRevision, cohorts, attention, onlyLessOf);
    return new Measured(month, outputs, caches, goals, timeToFirstRevision, onlyLessOf);
  }

  /** The data/ outputs by file name, in the order they are listed. */
  public Map<String, Output> outputs() {
    return outputs;
  }

  public long goalCount() {
    return goals.get().count();
  }

  /**
   * Median days to first revision per supervisor and for ALL; null where the curve stays above
   * half.
   */
  public Map<String, Integer> medians() {
    return Evolution.medianDaysBySupervisor(timeToFirstRevision.get());
  }

  /**
   * @param medians {@link #medians()}, computed once for the run summary and the workbooks
   * @param listed the most goals each supervisor's attention and "less of" lists show
   */
  public WorkbookFigures workbookFigures(
      Map<String, Integer> medians, int listed, Parallel parallel) {
    return WorkbookFigures.of(
        new WorkbookFigures.Inputs(
            month,
            outputs.get("monthly").data().get(),
            goals.get(),
            outputs.get("cohorts").data().get(),
            medians,
            outputs.get("attention").data().get(),
            onlyLessOf.get(),
            outputs.get("goal_versions").data().get()),
        listed,
        parallel);
  }

  /** Unpersists every cached output. */
  public void release() {
    caches.forEach(Cached::release);
  }
}
