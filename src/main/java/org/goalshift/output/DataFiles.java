package org.goalshift.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Writes a Dataset as one file ({@code name.csv} or {@code name.parquet}), rows in a stable order,
 * so that researchers get a single file per output and reruns give the same bytes, however many
 * tasks wrote it.
 */
public final class DataFiles {
  /** The data formats a report can write. */
  public enum Format {
    CSV,
    PARQUET;

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private DataFiles() {}

  /** How many rows an output has, which decides how it is written. */
  public enum Size {
    /** An aggregate: sorted and written by one task. */
    SMALL,
    /**
     * A row per version or per goal, in partitions that each hold every row of their values of the
     * first column: a string, which is also the first order column (goal_id, by which validation
     * partitions the records once). As CSV, each partition is sorted and written by its own task
     * and the parts are merged by that column into the one file, with no shuffle (Parquet files
     * cannot be merged, so a Parquet output is written by one task whatever its size).
     */
    LARGE
  }

  /**
   * @param order the columns that make the row order total; the file holds the rows in that order
   *     however the Dataset was partitioned
   * @return the file written
   */
  public static Path write(
      Dataset<Row> data, FileSystem fs, Path dir, String name, Format format, Column... order) {
    return write(data, fs, dir, name, format, Size.SMALL, new String[0], order);
  }

  /**
   * As {@link #write(Dataset, FileSystem, Path, String, Format, Column...)}, for an output of the
   * given size, leaving out columns that exist only to order the rows.
   */
  public static Path write(
      Dataset<Row> data,
      FileSystem fs,
      Path dir,
      String name,
      Format format,
      Size size,
      String[] orderOnly,
      Column... order) {
    Path file = new Path(dir, name + "." + format.extension());
    Path sparkDir = new Path(dir, "._" + name + "-parts");
    boolean inParts = size == Size.LARGE && format == Format.CSV;
    Dataset<Row> sorted =
        (inParts ? data : data.repartition(1)).sortWithinPartitions(order).drop(orderOnly);
    // The merge reads the first column written, which the order-only columns are not.
    StructField first = sorted.schema().fields()[0];
    if (inParts && !first.dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "the parts of "
              + name
              + " are merged by its first column, as text, which only orders strings as Spark does;"
              + " '"
              + first.name()
              + "' is "
              + first.dataType().simpleString());
    }
    try {
      if (format == Format.CSV) {
        sorted
            .write()
            .mode(SaveMode.Overwrite)
            .option("header", String.valueOf(!inParts))
            .option("escape", "\"")
            .option("emptyValue", "")
            .option("nullValue", "")
            .option("dateFormat", "yyyy-MM-dd")
            .csv(sparkDir.toString());
      } else {
        sorted.write().mode(SaveMode.Overwrite).parquet(sparkDir.toString());
      }
      List<Path> parts = parts(fs, sparkDir, format);
      fs.delete(file, false);
      if (inParts) {
        merge(fs, String.join(",", sorted.columns()), parts, file);
      } else if (parts.size() != 1) {
        throw new IOException("Spark wrote " + parts.size() + " part files under " + sparkDir);
      } else if (!withoutChecksums(fs).rename(parts.get(0), file)) {
        throw new IOException("rename of " + parts.get(0) + " to " + file + " failed");
      }
      fs.delete(sparkDir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /**
   * The file system itself, without the hidden {@code .crc} twin a local file system writes beside
   * every file it creates or renames: an output folder holds only the files the README lists.
   */
  public static FileSystem withoutChecksums(FileSystem fs) {
    return fs instanceof ChecksumFileSystem checksummed ? checksummed.getRawFileSystem() : fs;
  }

  /** Spark's part files in partition order: their names carry the partition number. */
  private static List<Path> parts(FileSystem fs, Path sparkDir, Format format) throws IOException {
    List<Path> parts = new ArrayList<>();
    for (FileStatus entry : fs.listStatus(sparkDir)) {
      String entryName = entry.getPath().getName();
      if (entryName.startsWith("part-") && entryName.endsWith("." + format.extension())) {
        parts.add(entry.getPath());
      }
    }
    parts.sort(Comparator.comparing(Path::getName));
    return parts;
  }

  /** The header line, then the parts' rows, already CSV lines, merged by their first column. */
  private static void merge(FileSystem fs, String header, List<Path> parts, Path file)
      throws IOException {
    try (OutputStream out =
        new BufferedOutputStream(withoutChecksums(fs).create(file, false), 1 << 20)) {
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
      SortedParts.merge(fs, parts, out);
    }
  }
}
