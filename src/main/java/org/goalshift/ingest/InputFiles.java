package org.goalshift.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the export files behind the paths a user gave: a file is taken as it is, a folder for every
 * {@code .csv} and {@code .csv.gz} file beneath it. Paths go through Hadoop's FileSystem so that
 * hdfs:// and object-store paths work on a cluster as local paths do on a laptop. Every name is
 * taken literally: brackets, braces, {@code *}, {@code ?} and commas are characters of the name,
 * never a pattern or a list.
 */
public final class InputFiles {
  private static final Logger LOG = LoggerFactory.getLogger(InputFiles.class);

  private InputFiles() {}

  /**
   * A file to read: its address as an encoded URI (so that no character of the name needs
   * interpreting), the name people see in rejected.csv, and its size.
   */
  public record InputFile(String uri, String displayName, long bytes) implements Serializable {}

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
          if (!isRegular(fs, path)) {
            throw new InputPathException(
                "Input path is not a regular file (a FIFO, socket or device cannot be read to its"
                    + " end): "
                    + given);
          }
          files.add(new InputFile(uriOf(fs.makeQualified(path)), given, status.getLen()));
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
            if (isRegular(fs, entry.getPath())) {
              found.add(new InputFile(uriOf(entry.getPath()), display, entry.getLen()));
            } else {
              LOG.warn(
                  "Skipping {}: not a regular file (a FIFO, socket or device cannot be read to its"
                      + " end)",
                  display);
            }
          }
        }
        if (found.isEmpty()) {
          throw new InputPathException("No .csv or .csv.gz files under input folder: " + given);
        }
        files.addAll(found);
      } catch (IOException e) {
        throw new InputPathException("Cannot list input path " + given + ": " + e.getMessage());
      }
    }
    // A file named twice (on its own and inside a folder given too) is still read once.
    Map<String, InputFile> byUri = new TreeMap<>();
    files.forEach(file -> byUri.putIfAbsent(file.uri(), file));
    return List.copyOf(byUri.values());
  }

  private static String uriOf(Path qualified) {
    return qualified.toUri().toString();
  }

  /**
   * Hadoop reports a FIFO or a device on a local disk as a file; reading one would block the run
   * forever. Cluster file systems hold regular files only.
   */
  private static boolean isRegular(FileSystem fs, Path path) {
    if (!"file".equals(fs.getUri().getScheme())) {
      return true;
    }
    return Files.isRegularFile(java.nio.file.Path.of(fs.makeQualified(path).toUri().getPath()));
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
