package org.goalshift.classify;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.schema.Columns;

/**
 * The Spark stage that labels goal texts. It ships the lexicon's text to the executors, where each
 * JVM compiles it once (cached by fingerprint) and labels whole partitions with it; nothing is set
 * up per row.
 */
public final class Classify {
  /** Compiled classifiers of this JVM, one per lexicon content. */
  private static final Map<String, GoalClassifier> COMPILED = new ConcurrentHashMap<>();

  private Classify() {}

  /**
   * Adds {@link Columns#LABEL} (label code), {@link Columns#CUES} and {@link Columns#CONFIDENCE}
   * after all input columns. Null or blank text is unclassified.
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
    for (String output : new String[] {Columns.LABEL, Columns.CUES, Columns.CONFIDENCE}) {
      if (Arrays.asList(names).contains(output)) {
        throw new IllegalArgumentException(
            "The input already has a column named '"
                + output
                + "', which classification would overwrite; rename or drop it first");
      }
    }
    StructType labelled =
        schema
            .add(Columns.LABEL, DataTypes.StringType, false)
            .add(Columns.CUES, DataTypes.StringType, false)
            .add(Columns.CONFIDENCE, DataTypes.DoubleType, false);
    return input.mapPartitions(
        new LabelPartition(
            lexicon.source(),
            lexicon.origin(),
            lexicon.fingerprint(),
            schema.fieldIndex(textColumn)),
        Encoders.row(labelled));
  }

  /** The classifier for a lexicon, compiled on first use in this JVM. */
  static GoalClassifier compiled(String source, String origin, String fingerprint) {
    return COMPILED.computeIfAbsent(
        fingerprint, ignored -> new GoalClassifier(Lexicon.parse(source, origin)));
  }

  /** Serialisable: carries the lexicon's text and fingerprint, never a compiled classifier. */
  private static final class LabelPartition implements MapPartitionsFunction<Row, Row> {
    private final String lexiconSource;
    private final String lexiconOrigin;
    private final String lexiconFingerprint;
    private final int textIndex;

    LabelPartition(
        String lexiconSource, String lexiconOrigin, String lexiconFingerprint, int textIndex) {
      this.lexiconSource = lexiconSource;
      this.lexiconOrigin = lexiconOrigin;
      this.lexiconFingerprint = lexiconFingerprint;
      this.textIndex = textIndex;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      GoalClassifier classifier = compiled(lexiconSource, lexiconOrigin, lexiconFingerprint);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row row = rows.next();
          Classification result =
              classifier.classify(row.isNullAt(textIndex) ? null : row.getString(textIndex));
          Object[] values = new Object[row.length() + 3];
          for (int i = 0; i < row.length(); i++) {
            values[i] = row.get(i);
          }
          values[row.length()] = result.label().code();
          values[row.length() + 1] = result.cuesText();
          values[row.length() + 2] = result.confidence();
          return RowFactory.create(values);
        }
      };
    }
  }
}
