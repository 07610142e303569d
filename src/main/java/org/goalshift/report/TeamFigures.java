package org.goalshift.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the workbooks say about one group of goals: a supervisor's team, one therapist, or the
 * whole organisation.
 *
 * @param id supervisor or therapist id, or {@code ALL}
 * @param months the monthly figures that exist; months missing here had no activity
 * @param revisedWithin90DaysByIntakeMonth per month in which goals were first set, how many of
 *     those followed for 90 days were revised within them (empty where not measured per month)
 * @param revisedWithin90Days the same pooled over every goal followed for 90 days
 * @param medianDaysToFirstRevision Kaplan-Meier median, or null where fewer than half were ever
 *     revised
 */
public record TeamFigures(
    String id,
    List<MonthlyFigures> months,
    Map<YearMonth, Proportion> revisedWithin90DaysByIntakeMonth,
    Proportion revisedWithin90Days,
    Double medianDaysToFirstRevision) {

  public TeamFigures {
    months = List.copyOf(months);
    revisedWithin90DaysByIntakeMonth = Map.copyOf(revisedWithin90DaysByIntakeMonth);
  }

  /** The figures of one month, zero if nothing happened in it. */
  public MonthlyFigures at(YearMonth month) {
    for (MonthlyFigures figures : months) {
      if (figures.month().equals(month)) {
        return figures;
      }
    }
    return MonthlyFigures.empty(month);
  }

  /** The twelve months ending at {@code end}, oldest first, quiet months filled with zeros. */
  public List<MonthlyFigures> year(YearMonth end) {
    List<MonthlyFigures> year = new ArrayList<>(12);
    for (int back = 11; back >= 0; back--) {
      year.add(at(end.minusMonths(back)));
    }
    return year;
  }

  /**
   * The 90-day share of the goals first set in {@code month}; empty if none were followed 90 days.
   */
  public Proportion revisedWithin90DaysOfIntake(YearMonth month) {
    return revisedWithin90DaysByIntakeMonth.getOrDefault(month, Proportion.EMPTY);
  }
}
