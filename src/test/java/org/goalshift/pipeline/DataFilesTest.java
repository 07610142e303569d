package org.goalshift.pipeline;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.goalshift.testing.TestSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFilesTest {
  private final SparkSession spark = TestSpark.session();

  /** Rows spread over several partitions in no particular order, some text needing quotes. */
  private Dataset<Row> scattered(long rows) {
    return spark
        .range(0, rows, 1, 4)
        .select(
            col("id").multiply(7919).mod(rows).as("n"),
            concat(lit("goal, \"quoted\"\nline "), col("id").cast("string")).as("text"))
        .repartition(3);
  }

  private Path write(Dataset<Row> data, Path dir, DataFiles.Size size) throws IOException {
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
            col("n"));
    return Path.of(file.toUri());
  }

  @Test
  void aLargeOutputWrittenInPartsIsTheSameFileAsOneWrittenByOneTask(
      @TempDir Path inParts, @TempDir Path whole) throws IOException {
    Path parts = write(scattered(5000), inParts, DataFiles.Size.LARGE);
    Path single = write(scattered(5000), whole, DataFiles.Size.SMALL);

    assertThat(Files.readAllBytes(parts)).isEqualTo(Files.readAllBytes(single));
    List<String> lines = Files.readAllLines(parts);
    assertThat(lines.get(0)).isEqualTo("n,text");
    assertThat(lines.stream().filter(l -> l.equals("n,text"))).hasSize(1);
    assertThat(lines.get(1)).startsWith("0,");
    try (var left = Files.list(inParts)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("rows.csv");
    }
  }

  @Test
  void anEmptyLargeOutputIsItsHeaderAlone(@TempDir Path inParts, @TempDir Path whole)
      throws IOException {
    Path parts = write(scattered(10).filter(lit(false)), inParts, DataFiles.Size.LARGE);
    Path single = write(scattered(10).filter(lit(false)), whole, DataFiles.Size.SMALL);

    assertThat(Files.readString(parts)).isEqualTo("n,text\n");
    assertThat(Files.readAllBytes(parts)).isEqualTo(Files.readAllBytes(single));
  }
}
