package org.goalshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {
  private final Suppression fiveOrMore = new Suppression(5, false);

  @Test
  void countsFromOneToFourAreShownAsUnderFiveAndZeroStays() {
    assertThat(fiveOrMore.count(0).hidden()).isFalse();
    for (long small = 1; small < 5; small++) {
      assertThat(fiveOrMore.count(small).marker()).as("count %d", small).isEqualTo("<5");
    }
    assertThat(fiveOrMore.count(5).hidden()).isFalse();
  }

  @Test
  void aSingleHiddenCellHidesTheSmallestOtherNonZeroCellSoTheTotalCannotRevealIt() {
    Suppression.Column column = fiveOrMore.column(List.of(12L, 3L, 0L, 7L, 20L));

    assertThat(column.cells())
        .extracting(Suppression.Shown::marker)
        .containsExactly(null, "<5", null, Suppression.SECONDARY_MARKER, null);
    assertThat(column.total().value()).isEqualTo(42);
    assertThat(column.total().hidden()).isFalse();
  }

  @Test
  void whenNoOtherCellCanBeHiddenTheTotalIsHidden() {
    Suppression.Column column = fiveOrMore.column(List.of(0L, 9L, 0L));
    assertThat(column.cells()).noneMatch(Suppression.Shown::hidden);

    Suppression.Column alone = new Suppression(10, false).column(List.of(9L, 0L));
    assertThat(alone.cells().get(0).marker()).isEqualTo("<10");
    assertThat(alone.total().hidden()).as("total equals the hidden cell").isTrue();
  }

  @Test
  void twoHiddenCellsNeedNoSecondarySuppression() {
    Suppression.Column column = fiveOrMore.column(List.of(2L, 3L, 40L));
    assertThat(column.cells())
        .extracting(Suppression.Shown::marker)
        .containsExactly("<5", "<5", null);
    assertThat(column.total().value()).isEqualTo(45);
  }

  @Test
  void roundingToFiveAppliesToShownCountsAndTotal() {
    Suppression nhs = new Suppression(8, true);
    Suppression.Column column = nhs.column(List.of(12L, 13L, 7L, 0L));
    assertThat(column.cells().get(0).marker()).isEqualTo(Suppression.SECONDARY_MARKER);
    assertThat(column.cells().get(1).value()).isEqualTo(15);
    assertThat(column.cells().get(2).marker()).isEqualTo("<8");
    assertThat(column.total().value()).isEqualTo(30);
  }

  @Test
  void aRateIsHiddenWhenItsNumeratorOrDenominatorIsSmall() {
    assertThat(fiveOrMore.hidesRate(new Proportion(3, 40))).isTrue();
    assertThat(fiveOrMore.hidesRate(new Proportion(0, 4))).isTrue();
    assertThat(fiveOrMore.hidesRate(new Proportion(0, 40))).isFalse();
    assertThat(fiveOrMore.hidesRate(new Proportion(6, 12))).isFalse();
  }

  @Test
  void wilsonIntervalMatchesThePublishedFormula() {
    // 6 of 12: Wilson 95% interval 0.2538 to 0.7462 (Newcombe 1998, method 3).
    Proportion.Interval interval = new Proportion(6, 12).wilson95();
    assertThat(interval.low()).isBetween(0.2537, 0.2539);
    assertThat(interval.high()).isBetween(0.7461, 0.7463);
    assertThat(new Proportion(0, 10).wilson95().low()).isEqualTo(0);
  }
}
