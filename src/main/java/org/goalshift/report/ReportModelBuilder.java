package org.goalshift.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
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
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.goalshift.measure.Definitions;
import org.goalshift.measure.Evolution;
import org.goalshift.schema.Columns;
import org.goalshift.validate.DataQuality;

/**
 * Builds the {@link ReportModel} from the measure stage's outputs. Every figure is aggregated by
 * Spark first; only the small results (one row per supervisor or therapist and month, the capped
 * attention lists) reach the driver, never goal versions. The team and organisation totals are sums
 * of monthly.csv and cohorts.csv rows, added up here.
 */
public final class ReportModelBuilder {
  // Ids never hold a NUL character, so joining two with it and splitting again is lossless.
  private static final String KEY_SEPARATOR = "\u0000";
  private static final String ATTENTION_RANK = "attention_rank";
  private static final String ATTENTION_TOTAL = "attention_total";
  private static final String CLIENT_OPEN_GOALS = "client_open_goals";

  private ReportModelBuilder() {}

  /**
   * The Datasets the report reads, with the column names of the output contract.
   *
   * @param monthly data/monthly.csv
   * @param goals data/goals.csv
   * @param cohorts data/cohorts.csv
   * @param medianDays the Kaplan-Meier median days to first revision per supervisor and ALL, from
   *     {@link Evolution#medianDaysBySupervisor}; null where fewer than half were ever revised
   * @param attention data/attention.csv
   * @param onlyLessOf {@link Evolution#onlyLessOfGoals}: the open goals of clients whose open goals
   *     are all avoidance goals
   * @param goalVersions data/goal_versions.csv with goal_text already redacted; read only for the
   *     latest text and cues of the goals listed on the Attention sheet
   */
  public record Inputs(
      Dataset<Row> monthly,
      Dataset<Row> goals,
      Dataset<Row> cohorts,
      Map<String, Integer> medianDays,
      Dataset<Row> attention,
      Dataset<Row> onlyLessOf,
      Dataset<Row> goalVersions) {}

  /** What the run knows about its input, passed in by the caller. */
  public record RunFacts(
      DataQuality overall, Map<String, DataQuality> bySupervisor, RunInfo info) {}

  /**
   * @param attentionRows the most stuck goals listed per supervisor (longest unchanged first); only
   *     those are collected, with a count of the rest
   * @param parallel runs the four queries the model is built from at the same time
   */
  public static ReportModel build(
      YearMonth month, Inputs inputs, RunFacts facts, int attentionRows, Parallel parallel) {
    CompletableFuture<List<Row>> monthly = parallel.start(() -> collect(inputs.monthly()));
    CompletableFuture<List<Row>> cohorts = parallel.start(() -> collect(inputs.cohorts()));
    CompletableFuture<Map<String, Proportion>> therapistShares =
        parallel.start(() -> therapistShares(month, inputs.goals()));
    CompletableFuture<Listed<AttentionGoal>> attention =
        parallel.start(() -> attentionGoals(inputs, attentionRows));
    CompletableFuture<Listed<LessOfGoal>> lessOf =
        parallel.start(() -> onlyLessOfGoals(inputs, attentionRows));

    MonthlySums sums = MonthlySums.of(Parallel.await(monthly), month);
    CohortSums cohortSums = CohortSums.of(Parallel.await(cohorts));
    Map<String, List<TeamFigures>> therapists =
        therapistFigures(sums, Parallel.await(therapistShares));
    Listed<AttentionGoal> attentionLists = Parallel.await(attention);
    Listed<LessOfGoal> lessOfLists = Parallel.await(lessOf);

    TreeSet<String> supervisorIds = new TreeSet<>(sums.bySupervisor().keySet());
    Parallel.await(therapistShares).keySet().forEach(key -> supervisorIds.add(teamOf(key)));
    List<TeamReport> supervisors = new ArrayList<>();
    for (String id : supervisorIds) {
      Map<YearMonth, Proportion> byIntake = cohortSums.bySupervisor().getOrDefault(id, Map.of());
      supervisors.add(
          new TeamReport(
              new TeamFigures(
                  id,
                  months(sums.bySupervisor().get(id)),
                  byIntake,
                  pooled(byIntake),
                  median(inputs, id)),
              therapists.getOrDefault(id, List.of()),
              attentionLists.bySupervisor().getOrDefault(id, List.of()),
              attentionLists.totals().getOrDefault(id, 0L),
              lessOfLists.bySupervisor().getOrDefault(id, List.of()),
              lessOfLists.totals().getOrDefault(id, 0L),
              facts.bySupervisor().getOrDefault(id, DataQuality.NONE)));
    }
    TeamFigures organisation =
        new TeamFigures(
            Columns.ALL_SUPERVISORS,
            months(sums.organisation()),
            cohortSums.organisation(),
            pooled(cohortSums.organisation()),
            median(inputs, Columns.ALL_SUPERVISORS));
    return new ReportModel(month, organisation, supervisors, facts.overall(), facts.info());
  }

  /**
   * monthly.csv and cohorts.csv have a row per supervisor (and therapist) and month: a few thousand
   * rows for the largest organisation, summed here rather than by a Spark query per total.
   */
  private static List<Row> collect(Dataset<Row> aggregate) {
    return aggregate
        .filter(col(Columns.SUPERVISOR_ID).notEqual(lit(Columns.ALL_SUPERVISORS)))
        .collectAsList();
  }

  /**
   * monthly.csv summed per supervisor and month, over all supervisors per month, and per therapist
   * in the report month; with every therapist active in the 12 months the report covers.
   */
  private record MonthlySums(
      Map<String, Map<YearMonth, MonthlyFigures>> bySupervisor,
      Map<YearMonth, MonthlyFigures> organisation,
      Map<String, Map<YearMonth, MonthlyFigures>> reportMonthByTherapist,
      TreeSet<String> therapistsInYear) {

    static MonthlySums of(List<Row> monthly, YearMonth month) {
      MonthlySums sums =
          new MonthlySums(new HashMap<>(), new HashMap<>(), new HashMap<>(), new TreeSet<>());
      for (Row row : monthly) {
        MonthlyFigures figures = figures(row);
        String supervisor = row.getAs(Columns.SUPERVISOR_ID);
        String therapist = teamAndTherapist(supervisor, row.getAs(Columns.THERAPIST_ID));
        add(sums.bySupervisor.computeIfAbsent(supervisor, key -> new HashMap<>()), figures);
        add(sums.organisation, figures);
        if (figures.month().equals(month)) {
          add(
              sums.reportMonthByTherapist.computeIfAbsent(therapist, key -> new HashMap<>()),
              figures);
        }
        if (!figures.month().isBefore(month.minusMonths(11)) && !figures.month().isAfter(month)) {
          sums.therapistsInYear.add(therapist);
        }
      }
      return sums;
    }

    private static void add(Map<YearMonth, MonthlyFigures> months, MonthlyFigures figures) {
      months.merge(figures.month(), figures, MonthlyFigures::plus);
    }

    private static MonthlyFigures figures(Row row) {
      return new MonthlyFigures(
          yearMonth(row.getAs(Columns.MONTH)),
          number(row, Columns.ACTIVE_GOALS),
          number(row, Columns.NEW_GOALS),
          number(row, Columns.REVISIONS),
          number(row, Columns.GOALS_REVISED),
          number(row, Columns.REFRAMES_TO_RELATIONSHIP),
          number(row, Columns.REFRAMES_TO_PERFORMANCE),
          number(row, Columns.PERFORMANCE_TARGET),
          number(row, Columns.RELATIONSHIP_ORIENTED),
          number(row, Columns.UNCLASSIFIED),
          number(row, Columns.APPROACH),
          number(row, Columns.AVOIDANCE),
          number(row, Columns.MIXED),
          number(row, Columns.NO_DIRECTION));
    }
  }

  /** cohorts.csv summed per supervisor and intake month, and over all supervisors. */
  private record CohortSums(
      Map<String, Map<YearMonth, Proportion>> bySupervisor,
      Map<YearMonth, Proportion> organisation) {

    static CohortSums of(List<Row> cohorts) {
      CohortSums sums = new CohortSums(new HashMap<>(), new TreeMap<>());
      for (Row row : cohorts) {
        YearMonth intake = yearMonth(row.getAs(Columns.INTAKE_MONTH));
        Proportion share =
            new Proportion(
                number(row, Columns.REVISED_WITHIN_90_DAYS), number(row, Columns.OBSERVED_90_DAYS));
        sums.bySupervisor
            .computeIfAbsent(row.getAs(Columns.SUPERVISOR_ID), key -> new TreeMap<>())
            .merge(intake, share, Proportion::plus);
        sums.organisation.merge(intake, share, Proportion::plus);
      }
      return sums;
    }
  }

  private static List<MonthlyFigures> months(Map<YearMonth, MonthlyFigures> byMonth) {
    return byMonth == null ? List.of() : new TreeMap<>(byMonth).values().stream().toList();
  }

  private static Double median(Inputs inputs, String supervisor) {
    Integer days = inputs.medianDays().get(supervisor);
    return days == null ? null : days.doubleValue();
  }

  /**
   * Each therapist's 90-day share, by team, counted from goals.csv with the same rule as
   * cohorts.csv (which has no therapist column). Every team with a goal has a key here.
   */
  private static Map<String, Proportion> therapistShares(YearMonth month, Dataset<Row> goals) {
    Column firstDate = to_date(substring(col(Columns.FIRST_RECORDED_AT).cast("string"), 1, 10));
    Column observed = Definitions.followedUp(firstDate, month);
    Column revisedInTime =
        observed.and(
            Definitions.revisedInTime(col(Columns.DAYS_TO_FIRST_REVISION).try_cast("long")));
    List<Row> shares =
        goals
            .filter(col(Columns.SUPERVISOR_ID).notEqual(lit(Columns.ALL_SUPERVISORS)))
            .groupBy(
                concat_ws(KEY_SEPARATOR, col(Columns.SUPERVISOR_ID), col(Columns.THERAPIST_ID)))
            .agg(
                sum(when(revisedInTime, 1).otherwise(0)).cast("long"),
                sum(when(observed, 1).otherwise(0)).cast("long"))
            .collectAsList();
    Map<String, Proportion> shareByTherapist = new HashMap<>();
    for (Row row : shares) {
      shareByTherapist.put(row.getString(0), new Proportion(row.getLong(1), row.getLong(2)));
    }
    return shareByTherapist;
  }

  /** Each team's therapists active in the report's 12 months, with their report-month figures. */
  private static Map<String, List<TeamFigures>> therapistFigures(
      MonthlySums sums, Map<String, Proportion> shares) {
    Map<String, List<TeamFigures>> bySupervisor = new TreeMap<>();
    for (String key : sums.therapistsInYear()) {
      bySupervisor
          .computeIfAbsent(teamOf(key), supervisor -> new ArrayList<>())
          .add(
              new TeamFigures(
                  key.split(KEY_SEPARATOR, 2)[1],
                  months(sums.reportMonthByTherapist().get(key)),
                  Map.of(),
                  shares.getOrDefault(key, Proportion.EMPTY),
                  null));
    }
    return bySupervisor;
  }

  /** One key for a therapist within a team: a therapist who changed team is shown in both. */
  private static String teamAndTherapist(String supervisor, String therapist) {
    return supervisor + KEY_SEPARATOR + therapist;
  }

  private static String teamOf(String teamAndTherapist) {
    return teamAndTherapist.split(KEY_SEPARATOR, 2)[0];
  }

  /** Goals listed per supervisor (the first few), and how many each supervisor has in all. */
  private record Listed<T>(Map<String, List<T>> bySupervisor, Map<String, Long> totals) {}

  /**
   * The first {@code limit} of each supervisor's {@code candidates} in {@code order}, each with
   * {@code latest} columns of its goal's latest version, collected as records; and each
   * supervisor's total, from {@code total} over the supervisor's candidates. Only the listed goals
   * reach the driver.
   *
   * @param fields the columns {@code toRecord} reads by position; the total is read after them
   */
  private static <T> Listed<T> perSupervisor(
      Inputs inputs,
      Dataset<Row> candidates,
      Column[] order,
      Function<WindowSpec, Column> total,
      int limit,
      String[] latest,
      Column[] fields,
      Function<Row, T> toRecord) {
    WindowSpec bySupervisor = Window.partitionBy(Columns.SUPERVISOR_ID);
    Dataset<Row> ranked =
        candidates
            .withColumn(ATTENTION_RANK, row_number().over(bySupervisor.orderBy(order)))
            .withColumn(ATTENTION_TOTAL, total.apply(bySupervisor).cast("long"))
            .filter(col(ATTENTION_RANK).leq(limit));
    Column[] selected = Arrays.copyOf(fields, fields.length + 1);
    selected[fields.length] = col(ATTENTION_TOTAL);
    List<Row> rows =
        ranked
            .join(latestOf(inputs, ranked, latest), Columns.GOAL_ID, "left")
            .select(selected)
            .orderBy(col(Columns.SUPERVISOR_ID), col(ATTENTION_RANK))
            .collectAsList();
    Listed<T> lists = new Listed<>(new TreeMap<>(), new HashMap<>());
    for (Row row : rows) {
      String supervisor = row.getAs(Columns.SUPERVISOR_ID);
      lists
          .bySupervisor()
          .computeIfAbsent(supervisor, key -> new ArrayList<>())
          .add(toRecord.apply(row));
      lists.totals().put(supervisor, row.getLong(fields.length));
    }
    return lists;
  }

  private static Listed<AttentionGoal> attentionGoals(Inputs inputs, int limit) {
    return perSupervisor(
        inputs,
        inputs.attention(),
        new Column[] {col(Columns.DAYS_UNCHANGED).desc(), col(Columns.GOAL_ID)},
        bySupervisor -> count(lit(1)).over(bySupervisor),
        limit,
        new String[] {Columns.GOAL_TEXT},
        goalAndOwners(
            col(Columns.DAYS_UNCHANGED).cast("long"),
            col(Columns.LATEST_LABEL),
            col(Columns.CUES),
            col(Columns.GOAL_TEXT)),
        row ->
            new AttentionGoal(
                row.getString(0),
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getLong(4),
                row.getString(5),
                row.getString(6),
                row.getString(7)));
  }

  /** The "less of" clients' goals by client; the total counts clients, not goals. */
  private static Listed<LessOfGoal> onlyLessOfGoals(Inputs inputs, int limit) {
    return perSupervisor(
        inputs,
        inputs
            .onlyLessOf()
            .withColumn(
                CLIENT_OPEN_GOALS, count(lit(1)).over(Window.partitionBy(Columns.CLIENT_ID))),
        new Column[] {col(Columns.CLIENT_ID), col(Columns.GOAL_ID)},
        bySupervisor -> size(collect_set(col(Columns.CLIENT_ID)).over(bySupervisor)),
        limit,
        new String[] {Columns.DIRECTION_CUES, Columns.GOAL_TEXT},
        goalAndOwners(
            col(CLIENT_OPEN_GOALS).cast("long"),
            col(Columns.DIRECTION_CUES),
            col(Columns.GOAL_TEXT)),
        row ->
            new LessOfGoal(
                row.getString(0),
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getLong(4),
                row.getString(5),
                row.getString(6)));
  }

  /** goal_id, client_id, therapist_id and supervisor_id, then {@code more}. */
  private static Column[] goalAndOwners(Column... more) {
    Column[] owners = {
      col(Columns.GOAL_ID),
      col(Columns.CLIENT_ID),
      col(Columns.THERAPIST_ID),
      col(Columns.SUPERVISOR_ID)
    };
    Column[] all = Arrays.copyOf(owners, owners.length + more.length);
    System.arraycopy(more, 0, all, owners.length, more.length);
    return all;
  }

  /** The named columns of the latest version of each goal in {@code listed}. */
  private static Dataset<Row> latestOf(Inputs inputs, Dataset<Row> listed, String... columns) {
    Column version = col(Columns.VERSION).cast("long");
    Column[] latest = new Column[columns.length];
    for (int i = 0; i < columns.length; i++) {
      latest[i] = max_by(col(columns[i]), version).as(columns[i]);
    }
    return inputs
        .goalVersions()
        .join(listed.select(Columns.GOAL_ID), Columns.GOAL_ID, "left_semi")
        .groupBy(Columns.GOAL_ID)
        .agg(latest[0], Arrays.copyOfRange(latest, 1, latest.length));
  }

  private static Proportion pooled(Map<YearMonth, Proportion> byIntakeMonth) {
    return byIntakeMonth.values().stream().reduce(Proportion.EMPTY, Proportion::plus);
  }

  private static long number(Row row, String column) {
    Number value = row.getAs(column);
    return value == null ? 0 : value.longValue();
  }

  private static YearMonth yearMonth(Object value) {
    return YearMonth.parse(value.toString().substring(0, 7));
  }
}
