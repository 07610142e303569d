package org.goalshift.classify;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;

/**
 * The Spark stage that labels goal texts. It ships the lexicon's text to the executors, where each
 * JVM compiles it once (cached by fingerprint) and labels every row of every partition with it;
 * nothing is set up per row.
 *
 * <p>The classifier runs as a user-defined function inside a projection rather than over
 * deserialised rows: the other columns stay in Spark's binary form, and the Dataset keeps the
 * partitioning and order it had, so labelling versions already grouped by goal costs no shuffle
 * later.
 */
public final class Classify {
  /** Compiled classifiers of this JVM, one per lexicon content. */
  private static final Map<String, GoalClassifier> COMPILED = new ConcurrentHashMap<>();

  private static final String RESULT = "_classification";

  private static final StructType RESULT_TYPE =
      new StructType()
          .add(Columns.LABEL, DataTypes.StringType, false)
          .add(Columns.CUES, DataTypes.StringType, false)
          .add(Columns.CONFIDENCE, DataTypes.DoubleType, false)
          .add(Columns.DIRECTION, DataTypes.StringType, false)
          .add(Columns.DIRECTION_CUES, DataTypes.StringType, false)
          .add(Columns.DIRECTION_CONFIDENCE, DataTypes.DoubleType, false);

  private Classify() {}

  /**
   * Adds {@link Columns#LABEL} (label code), {@link Columns#CUES} and {@link Columns#CONFIDENCE},
   * then {@link Columns#DIRECTION} (direction code), {@link Columns#DIRECTION_CUES} and {@link
   * Columns#DIRECTION_CONFIDENCE}, after all input columns. Null or blank text is unclassified with
   * no direction.
   *
   * @throws IllegalArgumentException if the text column is missing or not a string, or the input
   *     already has a column of one of the output names
   */
  public static Dataset<Row> label(Dataset<Row> input, String textColumn, Lexicon lexicon) {
    StructType schema = input.schema();
    String[] names = schema.fieldNames();
    if (!Arrays.asList(names).contains(textColumn)) {
      throw new IllegalArgumentException(
          "No text column '"
              + textColumn
              + "' to classify; the "
              + "input has columns "
              + Arrays.toString(names));
    }
    if (!schema.apply(textColumn).dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "Text column '"
              + textColumn
              + "' must be a string, but is "
              + schema.apply(textColumn).dataType().simpleString());
    }
    for (String output : RESULT_TYPE.fieldNames()) {
      if (Arrays.asList(names).contains(output)) {
        throw new IllegalArgumentException(
            "The input already has a column named '"
                + output
                + "', which classification would overwrite; rename or drop it first");
      }
    }
    // Marked nondeterministic only so that the optimiser never copies the call into each of the
    // fields read from its result: a goal is classified once.
    UserDefinedFunction classify =
        udf(
                new ClassifyText(lexicon.source(), lexicon.origin(), lexicon.fingerprint()),
                RESULT_TYPE)
            .asNondeterministic();
    Dataset<Row> classified = input.withColumn(RESULT, classify.apply(Columns.named(textColumn)));
    for (String output : RESULT_TYPE.fieldNames()) {
      classified = classified.withColumn(output, col(RESULT).getField(output));
    }
    return classified.drop(RESULT);
  }

  /**
   * Compiles the lexicon's classifier now, in this JVM, instead of in the first task that labels a
   * row. Under embedded Spark the tasks run in this JVM too, so a run can compile it on an idle
   * core while Spark starts.
   */
  public static void prepare(Lexicon lexicon) {
    compiled(lexicon.source(), lexicon.origin(), lexicon.fingerprint());
  }

  /** The classifier for a lexicon, compiled on first use in this JVM. */
  static GoalClassifier compiled(String source, String origin, String fingerprint) {
    return COMPILED.computeIfAbsent(
        fingerprint, ignored -> new GoalClassifier(Lexicon.parse(source, origin)));
  }

  /** Serialisable: carries the lexicon's text and fingerprint, never a compiled classifier. */
  private static final class ClassifyText implements UDF1<String, Row> {
    private static final long serialVersionUID = 1L;

    private final String lexiconSource;
    private final String lexiconOrigin;
    private final String lexiconFingerprint;
    private transient GoalClassifier classifier;

    ClassifyText(String lexiconSource, String lexiconOrigin, String lexiconFingerprint) {
      this.lexiconSource = lexiconSource;
      this.lexiconOrigin = lexiconOrigin;
      this.lexiconFingerprint = lexiconFingerprint;
    }

    @Override
    public Row call(String text) {
      if (classifier == null) {
        classifier = compiled(lexiconSource, lexiconOrigin, lexiconFingerprint);
      }
      Classification result = classifier.classify(text);
      return RowFactory.create(
          result.label().code(),
          result.cuesText(),
          result.confidence(),
          result.direction().code(),
          result.directionCuesText(),
          result.directionConfidence());
    }
  }
}
