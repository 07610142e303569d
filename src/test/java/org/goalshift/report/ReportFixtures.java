package org.goalshift.report;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.goalshift.measure.AttentionGoal;
import org.goalshift.measure.LessOfGoal;
import org.goalshift.validate.DataQuality;

/**
 * A realistic report model built in plain Java (seeded, so every run is the same): three teams of
 * therapists with busy and quiet months, small counts that must be suppressed, and attention goals
 * whose text tries to be a formula or is too long for a cell. Running main writes its workbooks,
 * for scripts/render-report.
 */
final class ReportFixtures {
  static final YearMonth MONTH = YearMonth.of(2026, 11);
  static final String FORMULA_TEXT = "=HYPERLINK(\"http://example.invalid\",\"click\")";
  static final String LONG_TEXT = "I want to stop worrying. ".repeat(2_000);

  private ReportFixtures() {}

  static ReportModel realistic() {
    Random random = new Random(20261130L);
    List<TeamReport> teams = new ArrayList<>();
    List<TeamFigures> allTherapists = new ArrayList<>();
    String[] supervisors = {"SUP-A", "SUP-B", "SUP-C"};
    int[] teamSizes = {5, 4, 3};
    for (int s = 0; s < supervisors.length; s++) {
      List<TeamFigures> therapists = new ArrayList<>();
      for (int t = 0; t < teamSizes[s]; t++) {
        // The last therapist of each team is new and has a small caseload, to exercise suppression.
        int caseload = t == teamSizes[s] - 1 ? 3 : 18 + random.nextInt(20);
        therapists.add(therapist(String.format("T%02d%d", s + 1, t + 1), caseload, random));
      }
      allTherapists.addAll(therapists);
      TeamFigures team = sum(supervisors[s], therapists, 40.0 + 12 * s);
      teams.add(
          new TeamReport(
              team,
              therapists,
              attention(supervisors[s], therapists, random, s),
              lessOf(supervisors[s], therapists, s),
              quality(s)));
    }
    TeamFigures organisation = sum("ALL", allTherapists, 52.0);
    return new ReportModel(
        MONTH,
        organisation,
        teams,
        new DataQuality(
            3_180, 3_150, Map.of("recorded_at is not a date", 12L, "goal_text is empty", 6L), 12),
        new RunInfo(
            List.of("sample-data/clinic-north.csv", "sample-data/clinic-south.csv.gz"),
            Instant.parse("2026-12-01T06:00:00Z"),
            Duration.ofSeconds(74),
            "0.1.0"));
  }

  private static TeamFigures therapist(String id, int caseload, Random random) {
    List<MonthlyFigures> months = new ArrayList<>();
    double relationship = 0.25 + random.nextDouble() * 0.1;
    for (int back = 12; back >= 0; back--) {
      long active = Math.max(0, caseload + random.nextInt(7) - 3);
      relationship = Math.min(0.8, relationship + random.nextDouble() * 0.03);
      long related = Math.round(active * relationship);
      long unclassified = Math.round(active * 0.1);
      long revisions = active == 0 ? 0 : random.nextInt((int) Math.max(2, active / 3));
      long approach = Math.round(active * (0.35 + relationship / 2));
      long mixed = Math.round(active * 0.1);
      long none = Math.round(active * 0.05);
      long avoidance = Math.max(0, active - approach - mixed - none);
      long reframes = revisions == 0 ? 0 : random.nextInt((int) revisions + 1) / 2;
      months.add(
          new MonthlyFigures(
              MONTH.minusMonths(back),
              active,
              Math.max(0, active / 5 + random.nextInt(3) - 1),
              revisions,
              Math.max(0, revisions - random.nextInt(2)),
              reframes,
              reframes > 1 ? 1 : 0,
              active - related - unclassified,
              related,
              unclassified,
              active - avoidance - mixed - none,
              avoidance,
              mixed,
              none));
    }
    long observed = caseload * 2L;
    return new TeamFigures(
        id, months, Map.of(), new Proportion(Math.round(observed * 0.3), observed), null);
  }

  private static TeamFigures sum(String id, List<TeamFigures> members, double median) {
    List<MonthlyFigures> months = new ArrayList<>();
    Map<YearMonth, Proportion> byIntake = new TreeMap<>();
    for (int back = 12; back >= 0; back--) {
      YearMonth month = MONTH.minusMonths(back);
      long[] totals = new long[13];
      for (TeamFigures member : members) {
        MonthlyFigures m = member.at(month);
        long[] values = {
          m.activeGoals(),
          m.newGoals(),
          m.revisions(),
          m.goalsRevised(),
          m.reframesToRelationship(),
          m.reframesToPerformance(),
          m.performanceTarget(),
          m.relationshipOriented(),
          m.unclassified(),
          m.approach(),
          m.avoidance(),
          m.mixed(),
          m.noDirection()
        };
        for (int i = 0; i < totals.length; i++) {
          totals[i] += values[i];
        }
      }
      months.add(
          new MonthlyFigures(
              month,
              totals[0],
              totals[1],
              totals[2],
              totals[3],
              totals[4],
              totals[5],
              totals[6],
              totals[7],
              totals[8],
              totals[9],
              totals[10],
              totals[11],
              totals[12]));
      if (back >= 3) {
        long newGoals = totals[1];
        byIntake.put(month, new Proportion(Math.round(newGoals * (0.2 + back * 0.01)), newGoals));
      }
    }
    Proportion pooled = byIntake.values().stream().reduce(Proportion.EMPTY, Proportion::plus);
    return new TeamFigures(id, months, byIntake, pooled, median);
  }

  private static List<AttentionGoal> attention(
      String supervisor, List<TeamFigures> therapists, Random random, int team) {
    String[] texts = {
      "Stop having panic attacks completely",
      "Never feel anxious at work again",
      "Get rid of my low mood by the summer",
      "Be confident all the time with [NAME] and the family",
      "Sleep 8 hours every night without waking",
      "No more arguments at home"
    };
    List<AttentionGoal> goals = new ArrayList<>();
    for (int i = 0; i < 6 + 3 * team; i++) {
      String text =
          i == 0 ? FORMULA_TEXT : i == 1 && team == 0 ? LONG_TEXT : texts[i % texts.length];
      goals.add(
          new AttentionGoal(
              String.format("G-%s-%03d", supervisor.substring(4), i + 1),
              String.format("C-%04d", 100 * (team + 1) + i),
              therapists.get(i % therapists.size()).id(),
              supervisor,
              90 + random.nextInt(200),
              "performance_target",
              "stop (elimination); completely (absolute)",
              text));
    }
    return goals;
  }

  /** Two clients per team whose open goals are all "less of"; the first has two such goals. */
  private static List<LessOfGoal> lessOf(
      String supervisor, List<TeamFigures> therapists, int team) {
    String[][] goals = {
      {"Drink less", "'less' -> less of something"},
      {
        "No more panic attacks at work",
        "'no more' -> no more of it; 'panic attacks' -> panic attacks"
            + " (to stop, after 'no more')"
      },
      {"I want to stop feeling anxious", "'stop feeling' -> stopping a feeling"}
    };
    List<LessOfGoal> list = new ArrayList<>();
    for (int i = 0; i < goals.length; i++) {
      int client = i == 0 ? 0 : i - 1;
      list.add(
          new LessOfGoal(
              String.format("G-%s-L%02d", supervisor.substring(4), i + 1),
              String.format("C-%04d", 900 + 10 * team + client),
              therapists.get(client % therapists.size()).id(),
              supervisor,
              client == 0 ? 2 : 1,
              goals[i][1],
              goals[i][0]));
    }
    return list;
  }

  private static DataQuality quality(int team) {
    return new DataQuality(
        1_000 + 60L * team,
        990 + 60L * team,
        Map.of("recorded_at is not a date", 4L + team, "goal_text is empty", 2L),
        4L - team);
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/report-fixture");
    Workbooks.write(realistic(), out, ReportSettings.defaults()).forEach(System.out::println);
  }
}
