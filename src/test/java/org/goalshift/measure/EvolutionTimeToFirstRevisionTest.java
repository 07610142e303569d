package org.goalshift.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.goalshift.measure.GoalHistory.lines;
import static org.goalshift.measure.GoalHistory.v;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.goalshift.schema.Columns;
import org.junit.jupiter.api.Test;

/** The Kaplan-Meier curve of days to first revision, and its median, computed by hand. */
class EvolutionTimeToFirstRevisionTest {

  @Test
  void curveCountsRevisionsAndCensorsUnrevisedGoalsAtClosureOrMonthEnd() {
    Dataset<Row> curve =
        Evolution.timeToFirstRevision(
            Evolution.goalFacts(GoalHistory.versions(), YearMonth.of(2026, 6)));

    assertThat(curve.columns())
        .containsExactly(
            Columns.SUPERVISOR_ID,
            Columns.DAY,
            Columns.AT_RISK,
            Columns.REVISED,
            Columns.CENSORED,
            Columns.UNREVISED_SHARE);
    // Per goal as of 2026-06-30 (day 0 = first version):
    //   S1: g3 revised day 0 (on its first day), g5 revised day 21, g1 revised day 35, g7 revised
    //       day 91, g2 never revised, censored at the month's end: 2026-03-31 + 91 days.
    //   S2: g6 censored at the month's end, day 15 (its July revision is not seen); g4 censored at
    //       its first closure, discontinued 2026-03-01 = day 28, although it was reopened in May.
    // At risk on a day = goals whose day is that day or later (censored goals were still at risk on
    // their day). Share = previous share x (at risk - revised) / at risk.
    assertThat(formatted(curve))
        .containsExactly(
            row("ALL", 0, 7, 1, 0, 6.0 / 7),
            row("ALL", 15, 6, 0, 1, 6.0 / 7),
            row("ALL", 21, 5, 1, 0, 6.0 / 7 * 4 / 5),
            row("ALL", 28, 4, 0, 1, 6.0 / 7 * 4 / 5),
            row("ALL", 35, 3, 1, 0, 6.0 / 7 * 4 / 5 * 2 / 3),
            row("ALL", 91, 2, 1, 1, 6.0 / 7 * 4 / 5 * 2 / 3 * 1 / 2),
            row("S1", 0, 5, 1, 0, 0.8),
            row("S1", 21, 4, 1, 0, 0.6),
            row("S1", 35, 3, 1, 0, 0.4),
            row("S1", 91, 2, 1, 1, 0.2),
            row("S2", 15, 2, 0, 1, 1.0),
            row("S2", 28, 1, 0, 1, 1.0));

    // ALL: 16/35 = 0.457 on day 35 is the first share at or below one half; S1 likewise (0.4);
    // S2 never has a revision, so no median.
    assertThat(lines(Evolution.medianDays(curve))).containsExactly("ALL,35", "S1,35", "S2,null");
  }

  @Test
  void aShareOfExactlyOneHalfIsTheMedian() {
    // Two goals started 2026-01-01: "a" revised on 2026-01-04 (day 3), "b" never revised, censored
    // on 2026-01-31 (day 30). Day 3: 2 at risk, 1 revised, share 1/2 = the median. Day 30: share
    // stays 1/2.
    Dataset<Row> versions =
        Evolution.versions(
            GoalHistory.labelled(
                List.of(
                    v("a c1 T1 S9 1 2026-01-01 1 active PT V", "Stop worrying"),
                    v("a c1 T1 S9 2 2026-01-04 2 revised RO A", "Notice worry"),
                    v("b c2 T1 S9 1 2026-01-01 1 active PT A", "Sleep well"))));
    Dataset<Row> curve =
        Evolution.timeToFirstRevision(Evolution.goalFacts(versions, YearMonth.of(2026, 1)));

    assertThat(formatted(curve))
        .containsExactly(
            row("ALL", 3, 2, 1, 0, 0.5),
            row("ALL", 30, 1, 0, 1, 0.5),
            row("S9", 3, 2, 1, 0, 0.5),
            row("S9", 30, 1, 0, 1, 0.5));
    assertThat(lines(Evolution.medianDays(curve))).containsExactly("ALL,3", "S9,3");
  }

  private static List<String> formatted(Dataset<Row> curve) {
    return curve.collectAsList().stream()
        .map(
            r ->
                row(
                    r.getString(0),
                    r.getInt(1),
                    r.getLong(2),
                    r.getLong(3),
                    r.getLong(4),
                    r.getDouble(5)))
        .toList();
  }

  private static String row(
      String supervisor, int day, long atRisk, long revised, long censored, double share) {
    return String.format(
        Locale.ROOT, "%s,%d,%d,%d,%d,%.12f", supervisor, day, atRisk, revised, censored, share);
  }
}
