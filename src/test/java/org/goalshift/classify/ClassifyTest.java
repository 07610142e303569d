package org.goalshift.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;
import org.goalshift.testing.TestSpark;
import org.junit.jupiter.api.Test;

class ClassifyTest {
  private static final StructType GOALS =
      new StructType()
          .add(Columns.GOAL_ID, DataTypes.StringType)
          .add(Columns.VERSION, DataTypes.IntegerType)
          .add(Columns.GOAL_TEXT, DataTypes.StringType);

  private final SparkSession spark = TestSpark.session();

  private Dataset<Row> goals(Object[]... rows) {
    List<Row> list = Arrays.stream(rows).map(RowFactory::create).toList();
    return spark.createDataFrame(list, GOALS).repartition(3);
  }

  @Test
  void addsBothDimensionsWithCuesAndConfidenceAfterEveryInputColumn() {
    Dataset<Row> input =
        goals(
            new Object[] {"g1", 1, "Pt wants to get rid of her panic attacks for good"},
            new Object[] {"g1", 2, "Learn to notice the panic and ride it out"},
            new Object[] {"g2", 1, "Talk about my childhood"},
            new Object[] {"g3", 1, null},
            new Object[] {"g4", 1, "   "});
    Lexicon lexicon = Lexicon.builtIn();
    GoalClassifier direct = new GoalClassifier(lexicon);

    Dataset<Row> labelled = Classify.label(input, Columns.GOAL_TEXT, lexicon);

    assertThat(labelled.columns())
        .containsExactly(
            Columns.GOAL_ID,
            Columns.VERSION,
            Columns.GOAL_TEXT,
            Columns.LABEL,
            Columns.CUES,
            Columns.CONFIDENCE,
            Columns.DIRECTION,
            Columns.DIRECTION_CUES,
            Columns.DIRECTION_CONFIDENCE);
    assertThat(labelled.schema().apply(Columns.CONFIDENCE).dataType())
        .isEqualTo(DataTypes.DoubleType);
    assertThat(labelled.schema().apply(Columns.DIRECTION_CONFIDENCE).dataType())
        .isEqualTo(DataTypes.DoubleType);
    List<Row> rows = labelled.orderBy(Columns.GOAL_ID, Columns.VERSION).collectAsList();
    assertThat(rows)
        .extracting(row -> row.getString(3))
        .containsExactly(
            "performance_target",
            "relationship_oriented",
            "unclassified",
            "unclassified",
            "unclassified");
    for (Row row : rows) {
      Classification expected = direct.classify(row.getString(2));
      assertThat(row.getString(4)).isEqualTo(expected.cuesText());
      assertThat(row.getDouble(5)).isEqualTo(expected.confidence());
      assertThat(row.getString(6)).isEqualTo(expected.direction().code());
      assertThat(row.getString(7)).isEqualTo(expected.directionCuesText());
      assertThat(row.getDouble(8)).isEqualTo(expected.directionConfidence());
    }
    assertThat(rows)
        .extracting(row -> row.getString(6))
        .containsExactly("avoidance", "approach", "none", "none", "none");
    assertThat(rows.get(0).getString(4))
        .contains(
            "'get rid of' -> get rid of the experience", "'for good' -> for good (permanent)");
  }

  @Test
  void aSwappedLexiconIsUsedOnTheExecutors() {
    Lexicon custom =
        Lexicon.parse(
            "[relationship]\ntalk about | 2 | wanting to talk it through\n", "custom.txt");

    Row row =
        Classify.label(
                goals(new Object[] {"g2", 1, "Talk about my childhood"}), Columns.GOAL_TEXT, custom)
            .first();

    assertThat(row.getString(3)).isEqualTo("relationship_oriented");
    assertThat(row.getString(4)).isEqualTo("'talk about' -> wanting to talk it through");
  }

  @Test
  void missingOrClashingColumnsAreRefusedUpFront() {
    Dataset<Row> input = goals(new Object[] {"g1", 1, "Never cry again"});
    Lexicon lexicon = Lexicon.builtIn();

    assertThatThrownBy(() -> Classify.label(input, "text", lexicon))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "No text column 'text' to classify; the input has columns "
                + "[goal_id, version, goal_text]");
    assertThatThrownBy(() -> Classify.label(input, Columns.VERSION, lexicon))
        .hasMessage("Text column 'version' must be a string, but is int");
    Dataset<Row> withGold = input.withColumn(Columns.LABEL, input.col(Columns.GOAL_ID));
    assertThatThrownBy(() -> Classify.label(withGold, Columns.GOAL_TEXT, lexicon))
        .hasMessageContaining("already has a column named 'label'");
    Dataset<Row> withGoldDirection =
        input.withColumn(Columns.DIRECTION, input.col(Columns.GOAL_ID));
    assertThatThrownBy(() -> Classify.label(withGoldDirection, Columns.GOAL_TEXT, lexicon))
        .hasMessageContaining("already has a column named 'direction'");
  }
}
