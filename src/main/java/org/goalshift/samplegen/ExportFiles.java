package org.goalshift.samplegen;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.goalshift.schema.InputSchema;

/**
 * The export files of one run, all open at once: the month range is cut into contiguous periods,
 * one file each, and a row goes to the file of the month it was recorded in, so a goal's versions
 * span files as real monthly exports do. RFC 4180 with CRLF record separators.
 */
final class ExportFiles implements Closeable {
  /**
   * Another system's header: names in other case and another order, which the contract allows. Each
   * entry is the contract column index the file column holds.
   */
  private static final int[] REORDERED_COLUMNS = {5, 0, 4, 6, 8, 7, 1, 2, 3};

  private static final String[] CONTRACT_HEADER = InputSchema.CONTRACT.toArray(String[]::new);

  private static final String[] REORDERED_HEADER = {
    "Recorded_At",
    "Goal_ID",
    "Version",
    "Goal_Text",
    "STATUS",
    "Session_Number",
    "Client_ID",
    "Therapist_ID",
    "Supervisor_ID"
  };

  static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final String RECORD_SEPARATOR = "\r\n";
  private static final int BUFFER_BYTES = 1 << 16;

  /** How the files of a run differ from each other. */
  enum Formats {
    /** Every file alike: contract header, no byte order mark (benchmarks). */
    PLAIN,
    /**
     * Cycle through plain; BOM with another header; gzip (the sample, to exercise the contract).
     */
    MIXED
  }

  /** Where one file goes and how it is written. */
  record Layout(Path path, boolean byteOrderMark, boolean gzip, boolean reorderedHeader) {}

  private final List<Layout> layouts;
  private final int[] fileOfMonth;
  private final Writer[] writers;

  ExportFiles(
      Path directory, YearMonth firstMonth, int months, int files, Formats formats, boolean gzipAll)
      throws IOException {
    Files.createDirectories(directory);
    fileOfMonth = new int[months];
    layouts = new ArrayList<>();
    for (int file = 0; file < files; file++) {
      int fromMonth = (int) ((long) file * months / files);
      int toMonth = (int) ((long) (file + 1) * months / files) - 1;
      for (int month = fromMonth; month <= toMonth; month++) {
        fileOfMonth[month] = file;
      }
      int style = formats == Formats.MIXED ? file % 3 : 0;
      boolean gzip = gzipAll || style == 2;
      String name =
          "export-"
              + firstMonth.plusMonths(fromMonth)
              + "-to-"
              + firstMonth.plusMonths(toMonth)
              + (gzip ? ".csv.gz" : ".csv");
      layouts.add(new Layout(directory.resolve(name), style == 1, gzip, style == 1));
    }
    writers = new Writer[files];
    for (int file = 0; file < files; file++) {
      writers[file] = open(layouts.get(file));
      String[] header = layouts.get(file).reorderedHeader() ? REORDERED_HEADER : CONTRACT_HEADER;
      write(file, header, false);
    }
  }

  private static Writer open(Layout layout) throws IOException {
    OutputStream bytes =
        new BufferedOutputStream(Files.newOutputStream(layout.path()), BUFFER_BYTES);
    if (layout.gzip()) {
      // Java's GZIP header carries no file name and an mtime of 0, so the bytes are reproducible.
      bytes = new GZIPOutputStream(bytes, BUFFER_BYTES);
    }
    Writer text = new CsvOutput(bytes, BUFFER_BYTES);
    if (layout.byteOrderMark()) {
      text.write('\uFEFF');
    }
    return text;
  }

  List<Layout> layouts() {
    return layouts;
  }

  int fileCount() {
    return writers.length;
  }

  int fileForMonth(int monthIndex) {
    return fileOfMonth[monthIndex];
  }

  /** The contract fields in the column order of the file's header. */
  String[] inFileOrder(int file, String[] fields) {
    if (!layouts.get(file).reorderedHeader()) {
      return fields;
    }
    String[] ordered = new String[REORDERED_COLUMNS.length];
    for (int i = 0; i < ordered.length; i++) {
      ordered[i] = fields[REORDERED_COLUMNS[i]];
    }
    return ordered;
  }

  /** Writes the contract fields as one RFC 4180 record, in the file's column order. */
  void write(int file, String[] fields) {
    write(file, fields, layouts.get(file).reorderedHeader());
  }

  private void write(int file, String[] fields, boolean reorder) {
    Writer out = writers[file];
    try {
      for (int i = 0; i < fields.length; i++) {
        FORMAT.print(fields[reorder ? REORDERED_COLUMNS[i] : i], out, i == 0);
      }
      out.write(RECORD_SEPARATOR);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + layouts.get(file).path(), e);
    }
  }

  /** Writes a record exactly as given: how malformed records get into a file. */
  void writeRaw(int file, String rawRecord) {
    try {
      writers[file].append(rawRecord).append(RECORD_SEPARATOR);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + layouts.get(file).path(), e);
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Writer writer : writers) {
      try {
        writer.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
