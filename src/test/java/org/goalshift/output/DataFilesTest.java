package org.goalshift.output;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.goalshift.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
  private final SparkSession spark = TestSpark.session();

  /**
   * Rows spread over several partitions, every row of a value of n in one of them (as every version
   * of a goal is), in no particular order, some text needing quotes. n is a number written as text,
   * as a goal_id may be.
   */
  private Dataset<Row> scattered(long rows) {
    return spark
        .range(0, rows, 1, 4)
        .select(
            col("id").multiply(7919).mod(rows).cast("string").as("n"),
            concat(lit("goal, \"quoted\"\nline "), col("id").cast("string")).as("text"))
        .repartition(3, col("n"));
  }

  private Path write(Dataset<Row> data, Path dir, DataFiles.Size size, Column... order)
      throws IOException {
    FileSystem fs = FileSystem.getLocal(spark.sparkContext().hadoopConfiguration());
    org.apache.hadoop.fs.Path file =
        DataFiles.write(
            data,
            fs,
            new org.apache.hadoop.fs.Path(dir.toUri()),
            "rows",
            DataFiles.Format.CSV,
            size,
            new String[0],
            order);
    return Path.of(file.toUri());
  }

  @Test
  void aLargeOutputWrittenInPartsIsTheSameFileAsOneWrittenByOneTask(
      @TempDir Path inParts, @TempDir Path whole) throws IOException {
    Path parts = write(scattered(5000), inParts, DataFiles.Size.LARGE, col("n"));
    Path single = write(scattered(5000), whole, DataFiles.Size.SMALL, col("n"));

    assertThat(Files.readAllBytes(parts)).isEqualTo(Files.readAllBytes(single));
    List<String> lines = Files.readAllLines(parts);
    assertThat(lines.get(0)).isEqualTo("n,text");
    assertThat(lines.stream().filter(l -> l.equals("n,text"))).hasSize(1);
    assertThat(lines.get(1)).startsWith("0,");
    try (var left = Files.list(inParts)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("rows.csv");
    }
  }

  /**
   * Keys that Spark's CSV writer quotes, and keys whose order as UTF-8 bytes (Spark's) differs from
   * their order as Java strings: U+FF21 sorts before U+1F600 in bytes, after it in UTF-16 units.
   */
  @Test
  void partsAreMergedByTheirFirstFieldAsSparkOrdersIt(@TempDir Path inParts, @TempDir Path whole)
      throws IOException {
    List<String> keys =
        List.of("b", "a,b", "say \"hi\"", "line\nbreak", "\uFF21", "\uD83D\uDE00", "\u00E9", "\"");
    List<Row> rows = new ArrayList<>();
    for (int version = 3; version >= 1; version--) {
      for (String key : keys) {
        rows.add(RowFactory.create(key, version, "text of " + key + " " + version));
      }
    }
    StructType schema =
        new StructType()
            .add("goal_id", DataTypes.StringType)
            .add("version", DataTypes.IntegerType)
            .add("text", DataTypes.StringType);
    Dataset<Row> versions = spark.createDataFrame(rows, schema).repartition(3, col("goal_id"));

    Path parts = write(versions, inParts, DataFiles.Size.LARGE, col("goal_id"), col("version"));
    Path single = write(versions, whole, DataFiles.Size.SMALL, col("goal_id"), col("version"));

    assertThat(Files.readAllBytes(parts)).isEqualTo(Files.readAllBytes(single));
    String file = Files.readString(parts);
    assertThat(file.indexOf("\uFF21,1,")).isLessThan(file.indexOf("\uD83D\uDE00,1,"));
    assertThat(file).contains("\"say \"\"hi\"\"\",1,").contains("\"line\nbreak\",3,");
  }

  @Test
  void rowsOfOneValueInTwoPartitionsAreAnErrorNotAMisorderedFile(@TempDir Path dir) {
    Dataset<Row> spread = scattered(5000).select(substring(col("n"), 1, 1).as("n"), col("text"));

    assertThatThrownBy(
            () -> write(spread.repartition(3), dir, DataFiles.Size.LARGE, col("n"), col("text")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("is in both")
        .hasMessageContaining("not partitioned by it");
  }

  /** Parts are merged by the text of their first field, which orders only strings as Spark does. */
  @Test
  void aLargeOutputMustStartWithAStringColumn(@TempDir Path dir) {
    Dataset<Row> numbered = spark.range(0, 30, 1, 3).toDF().repartition(3, col("id"));

    assertThatThrownBy(() -> write(numbered, dir, DataFiles.Size.LARGE, col("id")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'id' is bigint");
  }

  @Test
  void anEmptyLargeOutputIsItsHeaderAlone(@TempDir Path inParts, @TempDir Path whole)
      throws IOException {
    Path parts = write(scattered(10).filter(lit(false)), inParts, DataFiles.Size.LARGE, col("n"));
    Path single = write(scattered(10).filter(lit(false)), whole, DataFiles.Size.SMALL, col("n"));

    assertThat(Files.readString(parts)).isEqualTo("n,text\n");
    assertThat(Files.readAllBytes(parts)).isEqualTo(Files.readAllBytes(single));
  }
}
