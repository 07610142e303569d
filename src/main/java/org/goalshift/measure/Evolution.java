package org.goalshift.measure;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.goalshift.schema.Columns;
import org.goalshift.schema.Label;

/**
 * The measure stage: how often, how soon and in which direction goals change. docs/metrics.md
 * defines every output column.
 *
 * <p>{@link #versions} takes the labelled goal versions (one row per goal_id and version, with
 * recorded_date, status in lower case, label and cues) and adds the revision flags. {@link
 * #goalFacts} groups those versions by goal as of a report month, ignoring versions recorded after
 * that month's last day; goals, cohorts, attention, clients and the time to first revision are cut
 * from those facts, monthly from the versions, transitions from both. Each output is one table
 * written in a stable, documented order (the aggregates sorted here, goals by DataFiles). All of it
 * is Spark SQL built-ins, window functions and, for the facts and the monthly states, one typed
 * pass over each goal's sorted versions, so the same code serves a sample on a laptop and a
 * 10-million-row export on a cluster. Each function re-reads its input, so a caller producing
 * several outputs should persist the versions and the facts: then the versions are grouped by goal
 * once, not once per output.
 */
public final class Evolution {
  private Evolution() {}

  /** Days without change after which an open performance-target goal is listed for attention. */
  public static final int DEFAULT_ATTENTION_DAYS = 90;

  /**
   * Adds {@code text_changed} (this version's normalised text differs from the previous version's:
   * a revision; false for a goal's first version) and {@code previous_label}. "Previous" is by
   * version number, so versions recorded at the same moment are still ordered. Rows stay in the
   * partitions they came in, so versions already partitioned by goal need no shuffle here.
   */
  public static Dataset<Row> versions(Dataset<Row> labelled) {
    WindowSpec byVersion = Window.partitionBy(Columns.GOAL_ID).orderBy(Columns.VERSION);
    // The normalised text is a column of its own so that it is computed once per row, below the
    // window, and both look-backs are one window pass; as expressions inside the window functions
    // Spark computed the text twice and made a pass per function.
    Column text = col(NORMALISED_TEXT);
    List<Column> columns = new ArrayList<>();
    for (String column : labelled.columns()) {
      columns.add(col(column));
    }
    columns.add(
        coalesce(text.notEqual(lag(text, 1).over(byVersion)), lit(false)).as(Columns.TEXT_CHANGED));
    columns.add(lag(col(Columns.LABEL), 1).over(byVersion).as(Columns.PREVIOUS_LABEL));
    return labelled
        .withColumn(NORMALISED_TEXT, normalisedText(col(Columns.GOAL_TEXT)))
        .select(columns.toArray(Column[]::new));
  }

  private static final String NORMALISED_TEXT = "normalised_text";

  /**
   * Every run of white space (tabs, line breaks, no-break spaces included) made one space, trimmed,
   * and lower-cased. Spark's trim removes only the space character, hence collapsing first.
   */
  private static Column normalisedText(Column text) {
    return lower(trim(regexp_replace(text, "(?U)\\s+", " ")));
  }

  /**
   * The per-goal facts as of {@code month}'s last day that goals, cohorts, attention, clients,
   * transitions and the time to first revision are cut from. Computing them groups every version by
   * goal, so a caller producing several of those outputs should compute them once and persist
   * {@link GoalFacts#rows()}.
   */
  public static GoalFacts goalFacts(Dataset<Row> versions, YearMonth month) {
    return GoalFacts.asOf(versions, month);
  }

  /**
   * data/goals.csv: one row per goal, identities from its latest version. The rows stay in the
   * facts' partitions, by goal_id, in no particular order: the file is written sorted by goal_id by
   * merging the partitions ({@code DataFiles.Size.LARGE}), which saves a shuffle of every goal.
   */
  public static Dataset<Row> goals(GoalFacts facts) {
    Column firstDate = col(GoalFacts.FIRST_DATE);
    return facts
        .rows()
        .select(
            col(Columns.GOAL_ID),
            col(Columns.CLIENT_ID),
            col(Columns.THERAPIST_ID),
            col(Columns.SUPERVISOR_ID),
            isoDate(firstDate).as(Columns.FIRST_RECORDED_AT),
            isoDate(col(GoalFacts.LAST_DATE)).as(Columns.LAST_RECORDED_AT),
            col(Columns.VERSIONS),
            col(Columns.REVISIONS),
            col(Columns.FIRST_LABEL),
            col(Columns.LATEST_LABEL),
            col(Columns.LATEST_STATUS),
            col(Columns.REFRAMES_TO_RELATIONSHIP),
            col(Columns.REFRAMES_TO_PERFORMANCE),
            datediff(col(GoalFacts.FIRST_REVISION_DATE), firstDate)
                .as(Columns.DAYS_TO_FIRST_REVISION),
            col(GoalFacts.FIRST_REVISION_SESSION)
                .minus(col(GoalFacts.FIRST_SESSION))
                .as(Columns.SESSIONS_TO_FIRST_REVISION),
            col(Columns.FIRST_DIRECTION),
            col(Columns.LATEST_DIRECTION));
  }

  /**
   * data/monthly.csv: per supervisor, therapist and month of the 12 ending at the facts' month, the
   * goals active that month and what happened to them. A row exists when the therapist had at least
   * one active goal that month. Sorted by supervisor_id, therapist_id, month.
   */
  public static Dataset<Row> monthly(GoalFacts facts) {
    return MonthlyActivity.of(facts);
  }

  /**
   * data/transitions.csv: revisions counted by the label before and after, under the supervisor of
   * the goal's latest version. Only label pairs that occur are listed. Sorted by supervisor_id,
   * from_label, to_label.
   */
  public static Dataset<Row> transitions(GoalFacts facts) {
    return facts
        .pass()
        .filter(col(GoalPass.TRANSITIONS).isNotNull())
        .select(explode(col(GoalPass.TRANSITIONS)).as("t"))
        .select("t.*")
        .groupBy(Columns.SUPERVISOR_ID, Columns.FROM_LABEL, Columns.TO_LABEL)
        .agg(coalesce(sum(col(Columns.REVISIONS)), lit(0L)).as(Columns.REVISIONS))
        .orderBy(Columns.SUPERVISOR_ID, Columns.FROM_LABEL, Columns.TO_LABEL);
  }

  /**
   * data/time_to_first_revision.csv: the Kaplan-Meier curve of days from a goal's first version to
   * its first revision, per supervisor and for {@link Columns#ALL_SUPERVISORS}. A goal never
   * revised is censored at the earlier of the month's end and its first achieved or discontinued
   * version. Sorted with ALL first, then by supervisor_id, day.
   */
  public static Dataset<Row> timeToFirstRevision(GoalFacts facts) {
    return RevisionSurvival.curve(facts);
  }

  /**
   * The median days to first revision per supervisor and ALL, read off a {@link
   * #timeToFirstRevision} curve: the first day on which unrevised_share is 0.5 or less; null where
   * the curve never gets there. Columns supervisor_id, median_days; ALL first, then by
   * supervisor_id.
   */
  public static Dataset<Row> medianDays(Dataset<Row> timeToFirstRevision) {
    return RevisionSurvival.medianDays(timeToFirstRevision);
  }

  /**
   * {@link #medianDays} collected (a row per supervisor): supervisor_id, and {@link
   * Columns#ALL_SUPERVISORS}, to the median days; null where the curve never gets to one half. The
   * run summary and the workbooks both read it.
   */
  public static Map<String, Integer> medianDaysBySupervisor(Dataset<Row> timeToFirstRevision) {
    Map<String, Integer> medians = new TreeMap<>();
    for (Row row : medianDays(timeToFirstRevision).collectAsList()) {
      medians.put(row.getString(0), row.isNullAt(1) ? null : ((Number) row.get(1)).intValue());
    }
    return medians;
  }

  /**
   * data/cohorts.csv: goals by supervisor and the month of their first version, how many have been
   * followed for {@value Definitions#FOLLOW_UP_DAYS} days by the month's end, and how many of those
   * were revised within {@value Definitions#FOLLOW_UP_DAYS} days. Sorted by supervisor_id,
   * intake_month.
   */
  public static Dataset<Row> cohorts(GoalFacts facts) {
    Column firstDate = col(GoalFacts.FIRST_DATE);
    Column observed = Definitions.followedUp(firstDate, facts.month());
    Column revisedWithin =
        Definitions.revisedInTime(datediff(col(GoalFacts.FIRST_REVISION_DATE), firstDate));
    return facts
        .rows()
        .groupBy(
            col(Columns.SUPERVISOR_ID), date_format(firstDate, "yyyy-MM").as(Columns.INTAKE_MONTH))
        .agg(
            count(lit(1)).as(Columns.GOALS),
            count_if(observed).as(Columns.OBSERVED_90_DAYS),
            count_if(observed.and(revisedWithin)).as(Columns.REVISED_WITHIN_90_DAYS))
        .orderBy(Columns.SUPERVISOR_ID, Columns.INTAKE_MONTH);
  }

  /**
   * data/attention.csv: open goals whose latest version is performance_target and whose last
   * revision (or first version, if never revised) is at least {@code days} days before the month's
   * end. Sorted by supervisor_id, longest unchanged first, then goal_id.
   */
  public static Dataset<Row> attention(GoalFacts facts, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("attention days must be 0 or more, got " + days);
    }
    Column lastChange = coalesce(col(GoalFacts.LAST_REVISION_DATE), col(GoalFacts.FIRST_DATE));
    return facts
        .rows()
        .withColumn(
            Columns.DAYS_UNCHANGED, datediff(Definitions.monthEnd(facts.month()), lastChange))
        .filter(
            col(Columns.LATEST_LABEL)
                .equalTo(Label.PERFORMANCE_TARGET.code())
                .and(not(Definitions.closed(col(Columns.LATEST_STATUS))))
                .and(col(Columns.DAYS_UNCHANGED).geq(days)))
        .select(
            col(Columns.GOAL_ID),
            col(Columns.CLIENT_ID),
            col(Columns.THERAPIST_ID),
            col(Columns.SUPERVISOR_ID),
            col(Columns.DAYS_UNCHANGED),
            col(Columns.LATEST_LABEL),
            col(Columns.CUES))
        .orderBy(
            col(Columns.SUPERVISOR_ID), col(Columns.DAYS_UNCHANGED).desc(), col(Columns.GOAL_ID));
  }

  /**
   * data/clients.csv: per client, their goals, revisions and the latest labels of their goals,
   * under the supervisor of their most recent goal version (latest date; on a tie, the greatest
   * goal_id), and whether their open goals are all, or any, avoidance goals. Sorted by
   * supervisor_id, client_id.
   */
  public static Dataset<Row> clients(GoalFacts facts) {
    Column mostRecentVersion = struct(col(GoalFacts.LAST_DATE), col(Columns.GOAL_ID));
    Column open = not(Definitions.closed(col(Columns.LATEST_STATUS)));
    Column openAvoidance = open.and(Definitions.avoidance(col(Columns.LATEST_DIRECTION)));
    return facts
        .rows()
        .groupBy(Columns.CLIENT_ID)
        .agg(
            max_by(col(Columns.SUPERVISOR_ID), mostRecentVersion).as(Columns.SUPERVISOR_ID),
            count(lit(1)).as(Columns.GOALS),
            sum(col(Columns.REVISIONS)).as(Columns.REVISIONS),
            latestLabelled(Label.PERFORMANCE_TARGET).as(Columns.PERFORMANCE_TARGET_LATEST),
            latestLabelled(Label.RELATIONSHIP_ORIENTED).as(Columns.RELATIONSHIP_ORIENTED_LATEST),
            count_if(open).as(OPEN_GOALS),
            count_if(openAvoidance).as(OPEN_AVOIDANCE_GOALS))
        .withColumn(
            Columns.ONLY_LESS_OF,
            Definitions.onlyLessOf(col(OPEN_GOALS), col(OPEN_AVOIDANCE_GOALS)))
        .withColumn(Columns.ANY_AVOIDANCE, col(OPEN_AVOIDANCE_GOALS).gt(0))
        .select(
            Columns.CLIENT_ID,
            Columns.SUPERVISOR_ID,
            Columns.GOALS,
            Columns.REVISIONS,
            Columns.PERFORMANCE_TARGET_LATEST,
            Columns.RELATIONSHIP_ORIENTED_LATEST,
            Columns.ONLY_LESS_OF,
            Columns.ANY_AVOIDANCE)
        .orderBy(Columns.SUPERVISOR_ID, Columns.CLIENT_ID);
  }

  /**
   * The open goals of every client whose open goals are all avoidance goals now (clients.csv's
   * only_less_of): goal_id, client_id, therapist_id and supervisor_id of each goal's latest
   * version. Sorted by supervisor_id, client_id, goal_id.
   */
  public static Dataset<Row> onlyLessOfGoals(GoalFacts facts) {
    WindowSpec byClient = Window.partitionBy(Columns.CLIENT_ID);
    Column avoidance = Definitions.avoidance(col(Columns.LATEST_DIRECTION));
    return facts
        .rows()
        .filter(not(Definitions.closed(col(Columns.LATEST_STATUS))))
        .withColumn(
            ONLY_LESS_OF_CLIENT,
            Definitions.onlyLessOf(
                count(lit(1)).over(byClient), count_if(avoidance).over(byClient)))
        .filter(col(ONLY_LESS_OF_CLIENT))
        .select(Columns.GOAL_ID, Columns.CLIENT_ID, Columns.THERAPIST_ID, Columns.SUPERVISOR_ID)
        .orderBy(Columns.SUPERVISOR_ID, Columns.CLIENT_ID, Columns.GOAL_ID);
  }

  private static final String ONLY_LESS_OF_CLIENT = "only_less_of_client";
  private static final String OPEN_GOALS = "open_goals";
  private static final String OPEN_AVOIDANCE_GOALS = "open_avoidance_goals";

  private static Column latestLabelled(Label label) {
    return count_if(col(Columns.LATEST_LABEL).equalTo(label.code()));
  }

  private static Column isoDate(Column date) {
    return date_format(date, "yyyy-MM-dd");
  }
}
