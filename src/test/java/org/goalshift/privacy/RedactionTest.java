package org.goalshift.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;
import org.goalshift.testing.TestSpark;
import org.junit.jupiter.api.Test;

class RedactionTest {
  private static final StructType GOALS =
      new StructType()
          .add(Columns.GOAL_ID, DataTypes.StringType, false)
          .add(Columns.GOAL_TEXT, DataTypes.StringType, true)
          .add(Columns.VERSION, DataTypes.IntegerType, false);

  private final SparkSession spark = TestSpark.session();

  private Dataset<Row> goals(Row... rows) {
    // Two partitions, so the stage is shown to work per partition and not only on one.
    return spark.createDataFrame(List.of(rows), GOALS).repartition(2);
  }

  @Test
  void redactsTheTextColumnAndKeepsEveryOtherColumn() {
    Dataset<Row> redacted =
        Redaction.apply(
            goals(
                RowFactory.create("g1", "Call my sister Jenny on 07700 900123", 1),
                RowFactory.create("g2", "Walk 3 times a week", 2),
                RowFactory.create("g3", null, 1)),
            Columns.GOAL_TEXT);

    assertThat(redacted.columns())
        .containsExactly(Columns.GOAL_ID, Columns.GOAL_TEXT, Columns.VERSION, Redaction.REDACTIONS);
    assertThat(redacted.schema().apply(Redaction.REDACTIONS).dataType())
        .isEqualTo(new MapType(DataTypes.StringType, DataTypes.IntegerType, false));
    Map<String, Row> byGoal =
        redacted.collectAsList().stream()
            .collect(Collectors.toMap(row -> row.getString(0), row -> row));
    assertThat(byGoal.get("g1").getString(1)).isEqualTo("Call my sister [NAME] on [PHONE]");
    assertThat(byGoal.get("g1").<String, Integer>getJavaMap(3))
        .containsExactlyInAnyOrderEntriesOf(Map.of("NAME", 1, "PHONE", 1));
    assertThat(byGoal.get("g1").getInt(2)).isEqualTo(1);
    assertThat(byGoal.get("g2").getString(1)).isEqualTo("Walk 3 times a week");
    assertThat(byGoal.get("g2").isNullAt(3)).isTrue();
    assertThat(byGoal.get("g3").isNullAt(1)).isTrue();
    assertThat(byGoal.get("g3").isNullAt(3)).isTrue();
  }

  @Test
  void countByTypeAddsUpEveryRowsRedactions() {
    Dataset<Row> redacted =
        Redaction.apply(
            goals(
                RowFactory.create("g1", "Email jo@example.com or jo@example.org", 1),
                RowFactory.create("g2", "My son Liam and my daughter Ava, DOB 12/03/2015", 1),
                RowFactory.create("g3", "Sleep 8 hours a night", 1)),
            Columns.GOAL_TEXT);

    assertThat(Redaction.countByType(redacted))
        .isEqualTo(Map.of("DATE", 1L, "EMAIL", 2L, "NAME", 2L));
  }

  @Test
  void countByTypeIsEmptyWhenNothingWasRedacted() {
    Dataset<Row> redacted =
        Redaction.apply(
            goals(RowFactory.create("g1", "Hope to sleep better", 1)), Columns.GOAL_TEXT);

    assertThat(Redaction.countByType(redacted)).isEmpty();
  }

  @Test
  void refusesAColumnThatIsMissingOrNotText() {
    Dataset<Row> goals = goals(RowFactory.create("g1", "text", 1));

    assertThatThrownBy(() -> Redaction.apply(goals, "goal_txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Can't find column goal_txt");
    assertThatThrownBy(() -> Redaction.apply(goals, Columns.VERSION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version to redact must be a string, not int");
  }
}
