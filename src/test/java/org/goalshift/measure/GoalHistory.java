package org.goalshift.measure;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;
import org.goalshift.testing.TestSpark;

/**
 * The labelled goal history the measure tests compute by hand, in the shape the classify stage hands
 * over. Supervisor S1 has therapists T1 and T2, supervisor S2 has T3. PT = performance_target, RO =
 * relationship_oriented, U = unclassified.
 *
 * <pre>
 * goal client ther sup v recorded_at                 sess status        label text
 * g1   c1     T1   S1  1 2026-01-10                  1    active        PT    Stop having panic attacks
 * g1   c1     T1   S1  2 2026-01-24T10:15:00         3    active        PT    (same, other spaces and case)
 * g1   c1     T1   S1  3 2026-02-14                  6    revised       RO    Notice the panic and stay ...
 * g1   c1     T1   S1  4 2026-04-03                  12   achieved      RO    (same text)
 * g2   c1     T1   S1  1 2026-03-31T23:30:00-05:00   -    -             PT    Sleep through the night ...
 * g3   c2     T2   S1  1 2026-04-01                  1    active        RO    Understand where my anger ...
 * g3   c2     T2   S1  2 2026-04-01                  1    revised       PT    Never shout at my kids again
 * g4   c3     T3   S2  1 2026-02-01                  1    active        PT    Get back to work full time
 * g4   c3     T3   S2  2 2026-03-01                  4    discontinued  PT    (same text)
 * g4   c3     T3   S2  3 2026-05-01                  9    active        PT    (same, lower case)
 * g5   c3     T3   S2  1 2026-05-20                  2    active        U     Feel less tense at work
 * g5   c3     T3   S2  2 2026-06-10                  -    revised       U     Feel less tense at work.
 * g5   c3     T2   S1  3 2026-06-30T23:59:00+14:00   -    revised       RO    Be kinder to myself ...
 * g6   c5     T3   S2  1 2026-06-15                  1    active        PT    Stop drinking on weekdays
 * g6   c5     T3   S2  2 2026-07-01T00:00:00         5    active        RO    Notice the urge to drink ...
 * g7   c2     T2   S1  1 2026-01-05                  2    active        PT    Lose ten kilos before summer
 * g7   c2     T2   S1  2 2026-04-06                  10   active        RO    Enjoy moving my body again
 * </pre>
 *
 * Cues read "cues of g1 v3" and so on, so a test can tell which version's cues it got.
 *
 * <p>What each goal exercises: g1 a whitespace/case-only change (not a revision) and a goal closed by
 * achievement; g2 a single version whose offset would move it into April in UTC but which belongs to
 * March as written; g3 a revision on the first day, with both versions recorded at the same moment
 * and given in reverse order; g4 closed then reopened, never revised; g5 a punctuation-only revision,
 * two revisions in one month, a move to another therapist and supervisor (so its v2 revision,
 * recorded under S2, counts under S1), and a version on the last day of June; g6 a version just after June; g7 a revision on day 91.
 */
final class GoalHistory {
  private GoalHistory() {}

  static final String PT = "performance_target";
  static final String RO = "relationship_oriented";
  static final String U = "unclassified";

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
          .add(Columns.CONFIDENCE, DataTypes.DoubleType, false);

  /** The history above, through {@link Evolution#versions}. */
  static Dataset<Row> versions() {
    return Evolution.versions(labelled(rows()));
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    rows.add(v("g1", "c1", "T1", "S1", 1, "2026-01-10", 1, "active", "Stop having panic attacks", PT));
    rows.add(
        v("g1", "c1", "T1", "S1", 2, "2026-01-24T10:15:00", 3, "active",
            "  stop having\tPANIC\u00A0attacks ", PT));
    rows.add(
        v("g1", "c1", "T1", "S1", 3, "2026-02-14", 6, "revised",
            "Notice the panic and stay in the room", RO));
    rows.add(
        v("g1", "c1", "T1", "S1", 4, "2026-04-03", 12, "achieved",
            "Notice the panic and stay in the room", RO));
    rows.add(
        v("g2", "c1", "T1", "S1", 1, "2026-03-31T23:30:00-05:00", null, null,
            "Sleep through the night every night", PT));
    rows.add(v("g3", "c2", "T2", "S1", 2, "2026-04-01", 1, "revised", "Never shout at my kids again", PT));
    rows.add(
        v("g3", "c2", "T2", "S1", 1, "2026-04-01", 1, "active",
            "Understand where my anger comes from", RO));
    rows.add(v("g4", "c3", "T3", "S2", 1, "2026-02-01", 1, "active", "Get back to work full time", PT));
    rows.add(
        v("g4", "c3", "T3", "S2", 2, "2026-03-01", 4, "discontinued", "Get back to work full time", PT));
    rows.add(v("g4", "c3", "T3", "S2", 3, "2026-05-01", 9, "active", "get back to work full time", PT));
    rows.add(v("g5", "c3", "T3", "S2", 1, "2026-05-20", 2, "active", "Feel less tense at work", U));
    rows.add(v("g5", "c3", "T3", "S2", 2, "2026-06-10", null, "revised", "Feel less tense at work.", U));
    rows.add(
        v("g5", "c3", "T2", "S1", 3, "2026-06-30T23:59:00+14:00", null, "revised",
            "Be kinder to myself when I feel tense", RO));
    rows.add(v("g6", "c5", "T3", "S2", 1, "2026-06-15", 1, "active", "Stop drinking on weekdays", PT));
    rows.add(
        v("g6", "c5", "T3", "S2", 2, "2026-07-01T00:00:00", 5, "active",
            "Notice the urge to drink and choose what to do", RO));
    rows.add(v("g7", "c2", "T2", "S1", 1, "2026-01-05", 2, "active", "Lose ten kilos before summer", PT));
    rows.add(v("g7", "c2", "T2", "S1", 2, "2026-04-06", 10, "active", "Enjoy moving my body again", RO));
    return rows;
  }

  static Dataset<Row> labelled(List<Row> rows) {
    return TestSpark.session().createDataFrame(rows, LABELLED_SCHEMA);
  }

  /** One labelled version; recorded_date is the date written at the start of recorded_at. */
  static Row v(
      String goal,
      String client,
      String therapist,
      String supervisor,
      int version,
      String recordedAt,
      Integer session,
      String status,
      String text,
      String label) {
    return RowFactory.create(
        goal,
        client,
        therapist,
        supervisor,
        version,
        recordedAt,
        Date.valueOf(LocalDate.parse(recordedAt.substring(0, 10))),
        session,
        status,
        text,
        label,
        "cues of " + goal + " v" + version,
        0.9);
  }

  /** Rows as comma-joined text (null as "null"), in the Dataset's order. */
  static List<String> lines(Dataset<Row> table) {
    return table.collectAsList().stream().map(row -> row.mkString(",")).toList();
  }
}
