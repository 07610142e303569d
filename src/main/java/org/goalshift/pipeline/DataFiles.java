package org.goalshift.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a Dataset as one file ({@code name.csv} or {@code name.parquet}), rows in a stable order,
 * so that researchers get a single file per output and reruns give the same bytes.
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

  /**
   * @param order the columns that make the row order total; one partition is sorted, so the order
   *     holds however the Dataset was partitioned
   * @return the file written
   */
  public static Path write(
      Dataset<Row> data, FileSystem fs, Path dir, String name, Format format, Column... order) {
    return write(data, fs, dir, name, format, new String[0], order);
  }

  /**
   * As {@link #write(Dataset, FileSystem, Path, String, Format, Column...)}, leaving out columns
   * that exist only to order the rows.
   */
  public static Path write(
      Dataset<Row> data,
      FileSystem fs,
      Path dir,
      String name,
      Format format,
      String[] orderOnly,
      Column... order) {
    Path file = new Path(dir, name + "." + format.extension());
    Path sparkDir = new Path(dir, "._" + name + "-parts");
    Dataset<Row> single = data.repartition(1).sortWithinPartitions(order).drop(orderOnly);
    if (format == Format.CSV) {
      single
          .write()
          .mode(SaveMode.Overwrite)
          .option("header", "true")
          .option("escape", "\"")
          .option("emptyValue", "")
          .option("nullValue", "")
          .option("dateFormat", "yyyy-MM-dd")
          .csv(sparkDir.toString());
    } else {
      single.write().mode(SaveMode.Overwrite).parquet(sparkDir.toString());
    }
    moveSinglePart(fs, sparkDir, file, format);
    return file;
  }

  private static void moveSinglePart(FileSystem fs, Path sparkDir, Path file, Format format) {
    try {
      Path part = null;
      for (FileStatus entry : fs.listStatus(sparkDir)) {
        String entryName = entry.getPath().getName();
        if (entryName.startsWith("part-") && entryName.endsWith("." + format.extension())) {
          part = entry.getPath();
        }
      }
      if (part == null) {
        throw new IOException("Spark wrote no part file under " + sparkDir);
      }
      fs.delete(file, false);
      if (!fs.rename(part, file)) {
        throw new IOException("rename of " + part + " to " + file + " failed");
      }
      fs.delete(sparkDir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
