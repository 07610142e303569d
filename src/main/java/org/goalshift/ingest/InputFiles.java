package org.goalshift.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Finds the export files behind the paths a user gave: a file is taken as it is, a folder for every
 * {@code .csv} and {@code .csv.gz} file beneath it. Paths go through Hadoop's FileSystem so that
 * hdfs:// and object-store paths work on a cluster as local paths do on a laptop.
 */
public final class InputFiles {
  private InputFiles() {}

  /** A file to read, with its address for Spark and the name people see in rejected.csv. */
  public record InputFile(String uri, String displayName, long bytes) {}

  /**
   * @return the files in a stable order (sorted by address), so reruns read rows in the same order
   * @throws InputPathException when a path does not exist or holds no CSV file
   */
  public static List<InputFile> list(List<String> paths, Configuration hadoopConf) {
    List<InputFile> files = new ArrayList<>();
    for (String given : paths) {
      try {
        Path path = new Path(given);
        FileSystem fs = path.getFileSystem(hadoopConf);
        if (!fs.exists(path)) {
          throw new InputPathException("Input path does not exist: " + given);
        }
        FileStatus status = fs.getFileStatus(path);
        if (status.isFile()) {
          files.add(new InputFile(fs.makeQualified(path).toString(), given, status.getLen()));
          continue;
        }
        List<InputFile> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> entries = fs.listFiles(path, true);
        Path root = fs.makeQualified(path);
        while (entries.hasNext()) {
          LocatedFileStatus entry = entries.next();
          if (isExport(entry.getPath().getName())) {
            String qualified = entry.getPath().toString();
            String relative = qualified.substring(root.toString().length()).replaceFirst("^/", "");
            String display = given.endsWith("/") ? given + relative : given + "/" + relative;
            found.add(new InputFile(qualified, display, entry.getLen()));
          }
        }
        if (found.isEmpty()) {
          throw new InputPathException("No .csv or .csv.gz files under input folder: " + given);
        }
        files.addAll(found);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot list input path " + given + ": " + e.getMessage(), e);
      }
    }
    files.sort((a, b) -> a.uri().compareTo(b.uri()));
    return List.copyOf(files);
  }

  static boolean isExport(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && !name.startsWith("_")
        && (name.endsWith(".csv") || name.endsWith(".csv.gz"));
  }

  /** A path the user gave cannot be read as input; the CLI reports it as a usage error. */
  public static final class InputPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputPathException(String message) {
      super(message);
    }
  }
}
