package org.goalshift.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;
import org.goalshift.ingest.InputFiles.InputFile;
import org.goalshift.schema.InputSchema;

/**
 * Reads export files into one Dataset of raw records ({@link InputSchema#RAW_RECORD_SCHEMA}), every
 * record kept: the bad ones carry a rejection, the rest go on to validation.
 *
 * <p>Spark's own CSV reader is not used because it cannot do what the input contract needs: in
 * PERMISSIVE mode it silently pads or truncates a record with the wrong number of fields, it cannot
 * report line numbers, and it takes one header for all files, while exports differ in column order
 * and case. Each file is read whole by one task (a gzip file cannot be split anyway); exports large
 * enough to need more parallelism come as several files.
 */
public final class CsvIngest {
  private CsvIngest() {}

  /**
   * One task per file, each opening its file by its literal address. Spark's binaryFiles would take
   * the addresses as Hadoop globs joined by commas: {@code x[1].csv} would read {@code x1.csv}, and
   * {@code clinic A, October.csv} would be two paths that do not exist.
   */
  public static Dataset<Row> read(
      SparkSession spark, List<InputFile> files, ColumnMapping mapping) {
    if (files.isEmpty()) {
      return spark.createDataFrame(List.of(), InputSchema.RAW_RECORD_SCHEMA);
    }
    JavaRDD<Row> records =
        perFile(spark, files, (file, hadoopConf) -> readFile(file, hadoopConf, mapping));
    return spark.createDataFrame(records, InputSchema.RAW_RECORD_SCHEMA);
  }

  /** What one task does with its file, given the Hadoop configuration to open it with. */
  private interface FileTask<T> extends Serializable {
    Iterator<T> apply(InputFile file, Configuration hadoopConf);
  }

  /** One task per file, each running {@code task} on its file. */
  private static <T> JavaRDD<T> perFile(
      SparkSession spark, List<InputFile> files, FileTask<T> task) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoopConf =
        SerializableConfiguration.broadcast(spark.sparkContext());
    return context
        .parallelize(files, files.size())
        .flatMap(file -> task.apply(file, hadoopConf.value().value()));
  }

  /**
   * SHA-256 of each file's bytes as stored (a compressed file's compressed bytes), read by one task
   * per file: what a goal store knows an export by, whatever it is called.
   */
  public static Map<InputFile, String> digests(SparkSession spark, List<InputFile> files) {
    if (files.isEmpty()) {
      return Map.of();
    }
    List<String> digests =
        perFile(spark, files, (file, hadoopConf) -> List.of(digest(file, hadoopConf)).iterator())
            .collect();
    Map<InputFile, String> byFile = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      byFile.put(files.get(i), digests.get(i));
    }
    return byFile;
  }

  private static String digest(InputFile file, Configuration hadoopConf) {
    Path path = new Path(URI.create(file.uri()));
    try (InputStream in = path.getFileSystem(hadoopConf).open(path, 1 << 16)) {
      return DigestUtils.sha256Hex(in);
    } catch (IOException e) {
      throw new UnreadableInputException(file.displayName(), e);
    }
  }

  private static Iterator<Row> readFile(
      InputFile file, Configuration hadoopConf, ColumnMapping mapping) {
    try {
      Path path = new Path(URI.create(file.uri()));
      InputStream bytes = path.getFileSystem(hadoopConf).open(path, 1 << 16);
      if (path.getName().toLowerCase(Locale.ROOT).endsWith(".gz")) {
        bytes = new GZIPInputStream(bytes, 1 << 16);
      }
      InputStreamReader text = new InputStreamReader(bytes, StandardCharsets.UTF_8);
      return new ClosingIterator(new ExportFileReader(file.displayName(), text, mapping), text);
    } catch (IOException e) {
      throw new UnreadableInputException(file.displayName(), e);
    }
  }

  /** Closes the file once its last record has been taken, since Spark gives no close hook. */
  private record ClosingIterator(Iterator<Row> rows, AutoCloseable resource)
      implements Iterator<Row> {
    @Override
    public boolean hasNext() {
      boolean more = rows.hasNext();
      if (!more) {
        try {
          resource.close();
        } catch (Exception e) {
          throw new UncheckedIOException(new IOException("Cannot close input file", e));
        }
      }
      return more;
    }

    @Override
    public Row next() {
      return rows.next();
    }
  }
}
