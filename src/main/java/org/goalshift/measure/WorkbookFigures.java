package org.goalshift.measure;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.goalshift.engine.Parallel;
import org.goalshift.schema.Columns;

/**
 * The small results the workbooks are made from, computed by Spark from the measure stage's
 * outputs: only these reach the driver, never goal versions. The workbooks add them up and lay them
 * out; every window, join and aggregation over goals is here.
 *
 * @param monthly the supervisors' rows of data/monthly.csv (a row per supervisor, therapist and
 *     month), without the organisation-wide rows
 * @param cohorts the supervisors' rows of data/cohorts.csv, without the organisation-wide rows
 * @param therapistShares each therapist's 90-day share, by team
 * @param medianDays the Kaplan-Meier median days to first revision per supervisor and {@link
 *     Columns#ALL_SUPERVISORS}; null where fewer than half were ever revised
 * @param attention the longest unchanged goals of data/attention.csv per supervisor
 * @param onlyLessOf the open goals of each supervisor's clients whose open goals are all avoidance
 *     goals
 */
public record WorkbookFigures(
    List<Row> monthly,
    List<Row> cohorts,
    List<TherapistShare> therapistShares,
    Map<String, Integer> medianDays,
    PerSupervisor<AttentionGoal> attention,
    PerSupervisor<LessOfGoal> onlyLessOf) {

  private static final String LIST_RANK = "list_rank";
  private static final String LIST_TOTAL = "list_total";
  private static final String CLIENT_OPEN_GOALS = "client_open_goals";
  private static final String CLIENT_RANK = "client_rank";

  /**
   * A therapist's goals in one team that have been followed for {@link Definitions#FOLLOW_UP_DAYS}
   * by the month's end, and how many of those were revised within that time: the rule of
   * cohorts.csv, which has no therapist column, counted from goals.csv.
   */
  public record TherapistShare(
      String supervisorId, String therapistId, long revisedInTime, long followedUp) {}

  /**
   * The first goals listed per supervisor, in the sheet's order, and how many each supervisor has
   * in all.
   */
  public record PerSupervisor<T>(Map<String, List<T>> bySupervisor, Map<String, Long> totals) {}

  /**
   * The Datasets the figures are computed from, with the column names of the output contract.
   *
   * @param month the report month
   * @param monthly data/monthly.csv
   * @param goals data/goals.csv
   * @param cohorts data/cohorts.csv
   * @param medianDays {@link Evolution#medianDaysBySupervisor}
   * @param attention data/attention.csv
   * @param onlyLessOf {@link Evolution#onlyLessOfGoals}
   * @param goalVersions data/goal_versions.csv with goal_text already redacted; read only for the
   *     latest text and cues of the goals listed
   */
  public record Inputs(
      YearMonth month,
      Dataset<Row> monthly,
      Dataset<Row> goals,
      Dataset<Row> cohorts,
      Map<String, Integer> medianDays,
      Dataset<Row> attention,
      Dataset<Row> onlyLessOf,
      Dataset<Row> goalVersions) {}

  /**
   * @param listed the most goals listed per supervisor; only those are collected, with a count of
   *     the rest
   * @param parallel runs the queries the figures come from at the same time
   */
  public static WorkbookFigures of(Inputs inputs, int listed, Parallel parallel) {
    CompletableFuture<List<Row>> monthly = parallel.start(() -> supervisorRows(inputs.monthly()));
    CompletableFuture<List<Row>> cohorts = parallel.start(() -> supervisorRows(inputs.cohorts()));
    CompletableFuture<List<TherapistShare>> therapistShares =
        parallel.start(() -> therapistShares(inputs.month(), inputs.goals()));
    CompletableFuture<PerSupervisor<AttentionGoal>> attention =
        parallel.start(() -> attentionGoals(inputs, listed));
    CompletableFuture<PerSupervisor<LessOfGoal>> lessOf =
        parallel.start(() -> onlyLessOfGoals(inputs, listed));
    return new WorkbookFigures(
        Parallel.await(monthly),
        Parallel.await(cohorts),
        Parallel.await(therapistShares),
        inputs.medianDays(),
        Parallel.await(attention),
        Parallel.await(lessOf));
  }

  /**
   * monthly.csv and cohorts.csv have a row per supervisor (and therapist) and month: a few thousand
   * rows for the largest organisation, summed on the driver rather than by a Spark query per total.
   */
  private static List<Row> supervisorRows(Dataset<Row> aggregate) {
    return aggregate
        .filter(col(Columns.SUPERVISOR_ID).notEqual(lit(Columns.ALL_SUPERVISORS)))
        .collectAsList();
  }

  private static List<TherapistShare> therapistShares(YearMonth month, Dataset<Row> goals) {
    Column firstDate = to_date(substring(col(Columns.FIRST_RECORDED_AT).cast("string"), 1, 10));
    Column observed = Definitions.followedUp(firstDate, month);
    Column revisedInTime =
        observed.and(
            Definitions.revisedInTime(col(Columns.DAYS_TO_FIRST_REVISION).try_cast("long")));
    List<TherapistShare> shares = new ArrayList<>();
    for (Row row :
        goals
            .filter(col(Columns.SUPERVISOR_ID).notEqual(lit(Columns.ALL_SUPERVISORS)))
            .groupBy(col(Columns.SUPERVISOR_ID), col(Columns.THERAPIST_ID))
            .agg(
                sum(when(revisedInTime, 1).otherwise(0)).cast("long"),
                sum(when(observed, 1).otherwise(0)).cast("long"))
            .collectAsList()) {
      shares.add(
          new TherapistShare(row.getString(0), row.getString(1), row.getLong(2), row.getLong(3)));
    }
    return shares;
  }

  /**
   * The first {@code limit} of each supervisor's {@code candidates} in {@code order}, each with
   * {@code latest} columns of its goal's latest version, collected as records; and each
   * supervisor's total, from {@code total} over the supervisor's candidates. Only the listed goals
   * reach the driver, and only their versions are read for the latest columns.
   *
   * @param fields the columns after goal_id, client_id, therapist_id and supervisor_id that make a
   *     {@code type}, in the order of its components, before the {@code latest} ones
   */
  private static <T extends Record> PerSupervisor<T> perSupervisor(
      Inputs inputs,
      Dataset<Row> candidates,
      Column[] order,
      Function<WindowSpec, Column> total,
      int limit,
      Column[] fields,
      String[] latest,
      Class<T> type) {
    WindowSpec bySupervisor = Window.partitionBy(Columns.SUPERVISOR_ID);
    Column[] owners = {
      col(Columns.GOAL_ID),
      col(Columns.CLIENT_ID),
      col(Columns.THERAPIST_ID),
      col(Columns.SUPERVISOR_ID)
    };
    Column[] selected = Arrays.copyOf(owners, owners.length + fields.length + 1);
    System.arraycopy(fields, 0, selected, owners.length, fields.length);
    selected[selected.length - 1] = col(LIST_TOTAL);
    List<Row> rows =
        candidates
            .withColumn(LIST_RANK, row_number().over(bySupervisor.orderBy(order)))
            .withColumn(LIST_TOTAL, total.apply(bySupervisor).cast("long"))
            .filter(col(LIST_RANK).leq(limit))
            .orderBy(col(Columns.SUPERVISOR_ID), col(LIST_RANK))
            .select(selected)
            .collectAsList();
    Map<String, Row> latestByGoal =
        latestOf(inputs, rows.stream().map(row -> row.getString(0)).toList(), latest);
    PerSupervisor<T> lists = new PerSupervisor<>(new TreeMap<>(), new HashMap<>());
    int listed = selected.length - 1;
    for (Row row : rows) {
      Object[] values = new Object[listed + latest.length];
      for (int i = 0; i < listed; i++) {
        values[i] = row.get(i);
      }
      Row latestRow = latestByGoal.get(row.getString(0));
      for (int i = 0; i < latest.length; i++) {
        values[listed + i] = latestRow == null ? null : latestRow.get(i + 1);
      }
      String supervisor = row.getString(owners.length - 1);
      lists
          .bySupervisor()
          .computeIfAbsent(supervisor, key -> new ArrayList<>())
          .add(record(type, values));
      lists.totals().put(supervisor, row.getLong(listed));
    }
    return lists;
  }

  private static PerSupervisor<AttentionGoal> attentionGoals(Inputs inputs, int limit) {
    return perSupervisor(
        inputs,
        inputs.attention(),
        new Column[] {col(Columns.DAYS_UNCHANGED).desc(), col(Columns.GOAL_ID)},
        bySupervisor -> count(lit(1)).over(bySupervisor),
        limit,
        new Column[] {
          col(Columns.DAYS_UNCHANGED).cast("long"), col(Columns.LATEST_LABEL), col(Columns.CUES)
        },
        new String[] {Columns.GOAL_TEXT},
        AttentionGoal.class);
  }

  /**
   * The "less of" clients' goals by client; the total counts clients, not goals: the highest dense
   * rank of a client in the supervisor's list (a set of every client per row would grow the work
   * with the square of the list).
   */
  private static PerSupervisor<LessOfGoal> onlyLessOfGoals(Inputs inputs, int limit) {
    return perSupervisor(
        inputs,
        inputs
            .onlyLessOf()
            .withColumn(
                CLIENT_OPEN_GOALS, count(lit(1)).over(Window.partitionBy(Columns.CLIENT_ID)))
            .withColumn(
                CLIENT_RANK,
                dense_rank()
                    .over(Window.partitionBy(Columns.SUPERVISOR_ID).orderBy(Columns.CLIENT_ID))),
        new Column[] {col(Columns.CLIENT_ID), col(Columns.GOAL_ID)},
        bySupervisor -> max(col(CLIENT_RANK)).over(bySupervisor),
        limit,
        new Column[] {col(CLIENT_OPEN_GOALS).cast("long")},
        new String[] {Columns.DIRECTION_CUES, Columns.GOAL_TEXT},
        LessOfGoal.class);
  }

  /** The record whose components are the values, in order. */
  private static <T extends Record> T record(Class<T> type, Object[] values) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          "Cannot make a " + type.getSimpleName() + " of " + Arrays.toString(values), e);
    }
  }

  /**
   * goal_id and the named columns of the latest version of each listed goal, by goal_id. The ids
   * filter the versions before anything else is read of them, so only the listed goals' versions
   * are grouped.
   */
  private static Map<String, Row> latestOf(Inputs inputs, List<String> goals, String... columns) {
    Map<String, Row> byGoal = new HashMap<>();
    if (goals.isEmpty()) {
      return byGoal;
    }
    Column version = col(Columns.VERSION).cast("long");
    Column[] latest = new Column[columns.length];
    for (int i = 0; i < columns.length; i++) {
      latest[i] = max_by(col(columns[i]), version).as(columns[i]);
    }
    inputs
        .goalVersions()
        .filter(col(Columns.GOAL_ID).isin(goals.toArray()))
        .groupBy(Columns.GOAL_ID)
        .agg(latest[0], Arrays.copyOfRange(latest, 1, latest.length))
        .collectAsList()
        .forEach(row -> byGoal.put(row.getString(0), row));
    return byGoal;
  }
}
