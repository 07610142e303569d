package org.goalshift.store;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.when;
import static org.goalshift.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.goalshift.classify.Classify;
import org.goalshift.classify.Lexicon;
import org.goalshift.ingest.ColumnMapping;
import org.goalshift.ingest.CsvIngest;
import org.goalshift.ingest.InputFiles.InputFile;
import org.goalshift.privacy.Redaction;
import org.goalshift.schema.InputSchema;
import org.goalshift.validate.Validation;

/**
 * The records of export files as the checks across records take them: each one read, checked on its
 * own ({@link Validation#checkFields}), labelled and redacted, and clustered by goal. A report
 * without a store derives them from the exports in every run; a {@link GoalStore} keeps them, so
 * that an export is read once.
 */
public final class Records {
  private Records() {}

  /** Every record of the files, derived in this run; clustered by goal with one shuffle. */
  public static Dataset<Row> fromExports(
      SparkSession spark, List<InputFile> files, ColumnMapping mapping, Lexicon lexicon) {
    return derive(
        Validation.checkFields(CsvIngest.read(spark, files, mapping)).repartition(col(GOAL_ID)),
        lexicon);
  }

  /**
   * Labels each record's goal text and then redacts it, in place: the label is read from the text
   * as written, and nothing after this sees the text unredacted. A function in a projection, so the
   * records keep their partitioning.
   */
  static Dataset<Row> derive(Dataset<Row> checkedRecords, Lexicon lexicon) {
    return Redaction.apply(Classify.label(checkedRecords, GOAL_TEXT, lexicon), GOAL_TEXT);
  }

  /**
   * The columns of {@link #fromExports}, in order: the ones the checks across records and every
   * later stage read. Found by planning the derivation, not by running it.
   */
  static List<String> columns(SparkSession spark, Lexicon lexicon) {
    return List.of(derive(Validation.checkFields(noRecords(spark)), lexicon).columns());
  }

  /**
   * One export's records as a store keeps them, hashed by goal into {@code buckets} partitions:
   * {@link #fromExports}'s columns without the file's name (a store knows an export by its content,
   * whatever it is called), the raw record only where the fields were rejected (the column the
   * report reads), and beside them the text and the record as written, for labelling again and for
   * a conflict found later.
   */
  static Dataset<Row> toStore(Dataset<Row> raw, int buckets, Lexicon lexicon) {
    Dataset<Row> checked =
        Validation.checkFields(raw)
            .repartition(buckets, col(GOAL_ID))
            .withColumn(TEXT_AS_WRITTEN, col(GOAL_TEXT))
            .withColumn(RECORD_AS_WRITTEN, col(RAW_RECORD))
            .withColumn(RAW_RECORD, when(col(REJECT_CODE).isNotNull(), col(RAW_RECORD)));
    return derive(checked, lexicon).drop(SOURCE_FILE);
  }

  /** Stored records labelled and redacted again, from their text as written. */
  static Dataset<Row> deriveAgain(Dataset<Row> stored, Lexicon lexicon) {
    Dataset<Row> checked = Validation.checkFields(noRecords(stored.sparkSession()));
    List<String> derived = new ArrayList<>(List.of(derive(checked, lexicon).columns()));
    derived.removeAll(List.of(checked.columns()));
    Dataset<Row> asWritten =
        stored.drop(derived.toArray(String[]::new)).withColumn(GOAL_TEXT, col(TEXT_AS_WRITTEN));
    return derive(asWritten, lexicon);
  }

  private static Dataset<Row> noRecords(SparkSession spark) {
    return spark.createDataFrame(List.of(), InputSchema.RAW_RECORD_SCHEMA);
  }

  /** The stored columns: what {@link #toStore} writes, found by planning it. */
  static StructType storedSchema(SparkSession spark, Lexicon lexicon) {
    return toStore(noRecords(spark), 1, lexicon).schema();
  }
}
