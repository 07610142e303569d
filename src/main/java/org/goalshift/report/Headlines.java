package org.goalshift.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Works out the Summary sheet's headline figures and says each in one plain sentence. */
final class Headlines {
  private static final DateTimeFormatter MONTH_NAME =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private Headlines() {}

  static String monthName(YearMonth month) {
    return MONTH_NAME.format(month);
  }

  /**
   * @param who "the team" or "the organisation", as the sentences name the group
   * @param attentionGoals the team's stuck goals, listed on the Attention sheet or not; -1 where
   *     the workbook has no Attention sheet
   */
  static List<Headline> of(TeamFigures figures, YearMonth month, String who, long attentionGoals) {
    MonthlyFigures now = figures.at(month);
    MonthlyFigures before = figures.at(month.minusMonths(1));
    List<MonthlyFigures> year = figures.year(month);
    String when = monthName(month);
    List<Headline> lines = new ArrayList<>();

    lines.add(
        count(
            "Active goals",
            now.activeGoals(),
            before.activeGoals(),
            year.stream().mapToLong(MonthlyFigures::activeGoals).average().orElse(0),
            capitalise(who)
                + " worked on "
                + goals(now.activeGoals())
                + " in "
                + when
                + " ("
                + before.activeGoals()
                + " the month before)."));
    double newAverage = year.stream().mapToLong(MonthlyFigures::newGoals).average().orElse(0);
    lines.add(
        count(
            "New goals",
            now.newGoals(),
            before.newGoals(),
            newAverage,
            capitalise(goals(now.newGoals()))
                + were(now.newGoals())
                + " set in "
                + when
                + "; the usual month brings "
                + oneDecimal(newAverage)
                + "."));
    double revisionAverage = year.stream().mapToLong(MonthlyFigures::revisions).average().orElse(0);
    lines.add(
        count(
            "Revisions",
            now.revisions(),
            before.revisions(),
            revisionAverage,
            "Goals were reworded "
                + times(now.revisions())
                + " in "
                + when
                + ", against "
                + oneDecimal(revisionAverage)
                + " in the usual month."));
    lines.add(
        count(
            "Reframes toward relationship",
            now.reframesToRelationship(),
            before.reframesToRelationship(),
            year.stream().mapToLong(MonthlyFigures::reframesToRelationship).average().orElse(0),
            now.reframesToRelationship() == 0
                ? "No goal moved from a target to reach to a relationship-oriented goal in "
                    + when
                    + "."
                : capitalise(times(now.reframesToRelationship()))
                    + " in "
                    + when
                    + " a target to reach became a relationship-oriented goal."));

    Proportion relationshipNow = now.relationshipShare();
    Proportion relationshipYear =
        year.stream()
            .map(MonthlyFigures::relationshipShare)
            .reduce(Proportion.EMPTY, Proportion::plus);
    lines.add(
        new Headline(
            "Share of active goals relationship-oriented",
            Headline.Kind.SHARE,
            shareOrNull(relationshipNow),
            shareOrNull(before.relationshipShare()),
            shareOrNull(relationshipYear),
            relationshipNow.defined()
                ? capitalise(inTen(relationshipNow.share()))
                    + " active goals ("
                    + percent(relationshipNow.share())
                    + ") are framed around how the client relates to their difficulty, at their latest wording."
                : "No active goal had a label in " + when + "."));

    Proportion wantedNow = now.wantedShare();
    Proportion wantedYear =
        year.stream().map(MonthlyFigures::wantedShare).reduce(Proportion.EMPTY, Proportion::plus);
    lines.add(
        new Headline(
            "Share of active goals naming something wanted",
            Headline.Kind.SHARE,
            shareOrNull(wantedNow),
            shareOrNull(before.wantedShare()),
            shareOrNull(wantedYear),
            wantedNow.defined()
                ? capitalise(inTen(wantedNow.share()))
                    + " active goals ("
                    + percent(wantedNow.share())
                    + ") name something the client wants more of, not only something to have"
                    + " less of, at their latest wording."
                : "No goal was active in " + when + "."));

    Proportion within90 = figures.revisedWithin90Days();
    lines.add(
        new Headline(
            "Goals revised within 90 days",
            Headline.Kind.SHARE,
            shareOrNull(within90),
            null,
            null,
            within90.defined()
                ? capitalise(inTen(within90.share()))
                    + " new goals were revised within 90 days ("
                    + percent(within90.share())
                    + " of the "
                    + goals(within90.denominator())
                    + " followed for 90 days so far)."
                : "No goal has been followed for 90 days yet."));

    Double median = figures.medianDaysToFirstRevision();
    lines.add(
        new Headline(
            "Median days to first revision",
            Headline.Kind.DAYS,
            median,
            null,
            null,
            median == null
                ? "Fewer than half of the goals have been revised so far, so there is no median yet."
                : "Half of the goals were first revised within "
                    + Math.round(median)
                    + " days of being set."));

    if (attentionGoals >= 0) {
      lines.add(
          new Headline(
              "Goals unchanged for 90+ days",
              Headline.Kind.COUNT,
              (double) attentionGoals,
              null,
              null,
              attentionGoals == 0
                  ? "No open goal has stayed a target to reach, unchanged, for 90 days or more."
                  : capitalise(goals(attentionGoals))
                      + (attentionGoals == 1 ? " is" : " are")
                      + " still a target to reach and unchanged for 90 days or more:"
                      + " see the Attention sheet."));
    }
    return List.copyOf(lines);
  }

  /** "3 in 10", with words for the ends of the scale where rounding would mislead. */
  static String inTen(double share) {
    long tenths = Math.round(share * 10);
    if (tenths == 0 && share > 0) {
      return "fewer than 1 in 10";
    }
    if (tenths == 10 && share < 1) {
      return "more than 9 in 10";
    }
    return tenths == 10 ? "all" : tenths == 0 ? "none of the" : tenths + " in 10";
  }

  private static Headline count(
      String figure, long current, long previous, double average, String sentence) {
    return new Headline(
        figure, Headline.Kind.COUNT, (double) current, (double) previous, average, sentence);
  }

  private static Double shareOrNull(Proportion proportion) {
    return proportion.defined() ? proportion.share() : null;
  }

  private static String goals(long count) {
    return count == 1 ? "1 goal" : count + " goals";
  }

  private static String were(long count) {
    return count == 1 ? " was" : " were";
  }

  private static String times(long count) {
    return count == 1 ? "once" : count == 2 ? "twice" : count + " times";
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.UK, "%.1f", value);
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
