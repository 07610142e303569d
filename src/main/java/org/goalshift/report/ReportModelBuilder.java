package org.goalshift.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.goalshift.measure.AttentionGoal;
import org.goalshift.measure.LessOfGoal;
import org.goalshift.measure.WorkbookFigures;
import org.goalshift.schema.Columns;
import org.goalshift.validate.DataQuality;

/**
 * Builds the {@link ReportModel} from the measure stage's {@link WorkbookFigures}: small results,
 * already aggregated by Spark. The team and organisation totals are sums of monthly.csv and
 * cohorts.csv rows, added up here.
 */
public final class ReportModelBuilder {
  // Ids never hold a NUL character, so joining two with it and splitting again is lossless.
  private static final String KEY_SEPARATOR = "\u0000";

  private ReportModelBuilder() {}

  /** What the run knows about its input, passed in by the caller. */
  public record RunFacts(
      DataQuality overall, Map<String, DataQuality> bySupervisor, RunInfo info) {}

  public static ReportModel build(YearMonth month, WorkbookFigures figures, RunFacts facts) {
    MonthlySums sums = MonthlySums.of(figures.monthly(), month);
    CohortSums cohortSums = CohortSums.of(figures.cohorts());
    Map<String, Proportion> shares = therapistShares(figures.therapistShares());
    Map<String, List<TeamFigures>> therapists = therapistFigures(sums, shares);
    WorkbookFigures.PerSupervisor<AttentionGoal> attentionLists = figures.attention();
    WorkbookFigures.PerSupervisor<LessOfGoal> lessOfLists = figures.onlyLessOf();

    TreeSet<String> supervisorIds = new TreeSet<>(sums.bySupervisor().keySet());
    shares.keySet().forEach(key -> supervisorIds.add(teamOf(key)));
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
                  median(figures, id)),
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
            median(figures, Columns.ALL_SUPERVISORS));
    return new ReportModel(month, organisation, supervisors, facts.overall(), facts.info());
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

  private static Double median(WorkbookFigures figures, String supervisor) {
    Integer days = figures.medianDays().get(supervisor);
    return days == null ? null : days.doubleValue();
  }

  /** Each therapist's 90-day share by team; every team with a goal has a key here. */
  private static Map<String, Proportion> therapistShares(
      List<WorkbookFigures.TherapistShare> shares) {
    Map<String, Proportion> shareByTherapist = new HashMap<>();
    for (WorkbookFigures.TherapistShare share : shares) {
      shareByTherapist.put(
          teamAndTherapist(share.supervisorId(), share.therapistId()),
          new Proportion(share.revisedInTime(), share.followedUp()));
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
