package org.goalshift.measure;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;
import org.goalshift.testing.TestSpark;

/**
 * The labelled goal history the measure tests compute by hand, in the shape the classify stage
 * hands over. Supervisor S1 has therapists T1 and T2, supervisor S2 has T3. PT =
 * performance_target, RO = relationship_oriented, U = unclassified; directions A = approach, V =
 * avoidance. Cues read "cues of g1 v3" and so on, so a test can tell which version's cues it got.
 *
 * <p>What each goal exercises: g1 a whitespace/case-only change (not a revision) and a goal closed
 * by achievement; g2 a single version whose offset would move it into April in UTC but which
 * belongs to March as written; g3 a revision on the first day, with both versions recorded at the
 * same moment and given in reverse order; g4 closed then reopened, never revised; g5 a
 * punctuation-only revision, two revisions in one month, a move to another therapist and supervisor
 * (so its v2 revision, recorded under S2, counts under S1), and a version on the last day of June;
 * g6 a version just after June; g7 a revision on day 91.
 */
final class GoalHistory {
  private GoalHistory() {}

  /** The report month the tests count by hand for. */
  static final YearMonth JUNE = YearMonth.of(2026, 6);

  static final String PT = "performance_target";
  static final String RO = "relationship_oriented";
  static final String U = "unclassified";
  static final Map<String, String> DIRECTIONS =
      Map.of("A", "approach", "V", "avoidance", "M", "mixed", "N", "none");

  static final StructType LABELLED_SCHEMA =
      new StructType()
          .add(Columns.GOAL_ID, DataTypes.StringType, false)
          .add(Columns.CLIENT_ID, DataTypes.StringType, false)
          .add(Columns.THERAPIST_ID, DataTypes.StringType, false)
          .add(Columns.SUPERVISOR_ID, DataTypes.StringType, false)
          .add(Columns.VERSION, DataTypes.IntegerType, false)
          .add(Columns.RECORDED_AT, DataTypes.StringType, false)
          .add(Columns.RECORDED_DATE, DataTypes.DateType, false)
          .add(Columns.SESSION_NUMBER, DataTypes.IntegerType, true)
          .add(Columns.STATUS, DataTypes.StringType, true)
          .add(Columns.GOAL_TEXT, DataTypes.StringType, false)
          .add(Columns.LABEL, DataTypes.StringType, false)
          .add(Columns.CUES, DataTypes.StringType, false)
          .add(Columns.CONFIDENCE, DataTypes.DoubleType, false)
          .add(Columns.DIRECTION, DataTypes.StringType, false)
          .add(Columns.DIRECTION_CUES, DataTypes.StringType, false)
          .add(Columns.DIRECTION_CONFIDENCE, DataTypes.DoubleType, false);

  /** The history of {@link #rows}, through {@link Evolution#versions}. */
  static Dataset<Row> versions() {
    return Evolution.versions(labelled(rows()));
  }

  static List<Row> rows() {
    return List.of(
        // goal client therapist supervisor version recorded_at session status label direction,
        // then text
        v("g1 c1 T1 S1 1 2026-01-10 1 active PT V", "Stop having panic attacks"),
        v("g1 c1 T1 S1 2 2026-01-24T10:15:00 3 active PT V", "  stop having\tPANIC\u00A0attacks "),
        v("g1 c1 T1 S1 3 2026-02-14 6 revised RO A", "Notice the panic and stay in the room"),
        v("g1 c1 T1 S1 4 2026-04-03 12 achieved RO A", "Notice the panic and stay in the room"),
        v(
            "g2 c1 T1 S1 1 2026-03-31T23:30:00-05:00 - - PT A",
            "Sleep through the night every night"),
        v("g3 c2 T2 S1 2 2026-04-01 1 revised PT V", "Never shout at my kids again"),
        v("g3 c2 T2 S1 1 2026-04-01 1 active RO A", "Understand where my anger comes from"),
        v("g4 c3 T3 S2 1 2026-02-01 1 active PT A", "Get back to work full time"),
        v("g4 c3 T3 S2 2 2026-03-01 4 discontinued PT A", "Get back to work full time"),
        v("g4 c3 T3 S2 3 2026-05-01 9 active PT A", "get back to work full time"),
        v("g5 c3 T3 S2 1 2026-05-20 2 active U V", "Feel less tense at work"),
        v("g5 c3 T3 S2 2 2026-06-10 - revised U V", "Feel less tense at work."),
        v(
            "g5 c3 T2 S1 3 2026-06-30T23:59:00+14:00 - revised RO A",
            "Be kinder to myself when tense"),
        v("g6 c5 T3 S2 1 2026-06-15 1 active PT V", "Stop drinking on weekdays"),
        v("g6 c5 T3 S2 2 2026-07-01T00:00:00 5 active RO A", "Notice the urge to drink and pause"),
        v("g7 c2 T2 S1 1 2026-01-05 2 active PT V", "Lose ten kilos before summer"),
        v("g7 c2 T2 S1 2 2026-04-06 10 active RO A", "Enjoy moving my body again"));
  }

  static Dataset<Row> labelled(List<Row> rows) {
    return TestSpark.session().createDataFrame(rows, LABELLED_SCHEMA);
  }

  /**
   * One labelled version from "goal client therapist supervisor version recorded_at session status
   * label direction" ("-" for a missing session or status; label PT, RO or U; direction A, V, M or
   * N for approach, avoidance, mixed, none) and its text. recorded_date is the date written at the
   * start of recorded_at.
   */
  static Row v(String spaceSeparated, String text) {
    String[] f = spaceSeparated.split(" ");
    String label = Map.of("PT", PT, "RO", RO, "U", U).get(f[8]);
    return RowFactory.create(
        f[0],
        f[1],
        f[2],
        f[3],
        Integer.valueOf(f[4]),
        f[5],
        Date.valueOf(LocalDate.parse(f[5].substring(0, 10))),
        f[6].equals("-") ? null : Integer.valueOf(f[6]),
        f[7].equals("-") ? null : f[7],
        text,
        label,
        "cues of " + f[0] + " v" + f[4],
        0.9,
        DIRECTIONS.get(f[9]),
        "direction cues of " + f[0] + " v" + f[4],
        0.8);
  }

  /** Rows as comma-joined text (null as "null"), in the Dataset's order. */
  static List<String> lines(Dataset<Row> table) {
    return table.collectAsList().stream().map(row -> row.mkString(",")).toList();
  }
}
