package org.goalshift.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.goalshift.schema.InputSchema;
import org.goalshift.schema.Rejection;

/**
 * Turns one export file into rows of {@link InputSchema#RAW_RECORD_SCHEMA}: one per record, good or
 * bad, each with its file, first line number and raw text.
 *
 * <p>Commons CSV splits each record into fields, but it cannot say where a record began in the file
 * nor carry on after a malformed one: an unclosed quote makes it swallow the rest of the file. So
 * records are framed here first, by quote parity over physical lines, which is exactly RFC 4180's
 * rule (a line break ends a record unless it sits inside quotes). When a quote is never closed,
 * only the line that opened it is rejected and framing resumes on the next line, so one stray quote
 * cannot cost the good rows after it.
 */
final class ExportFileReader implements Iterator<Row> {
  /**
   * A record still open after this many bytes (1 MiB, in UTF-8, line breaks included) is taken to
   * hold a quote that was never closed. RFC 4180 limits neither the lines nor the size of a quoted
   * field; this bound is far above any real goal or note and keeps a stray quote from making one
   * task hold the rest of a large file.
   */
  static final int MAX_RECORD_BYTES = 1 << 20;

  /**
   * Positions in RAW_RECORD_SCHEMA: file, line, raw, reject code, reject reason, then the contract.
   */
  private static final int FIRST_CONTRACT_FIELD = 5;

  private static final CSVFormat FIELD_FORMAT = CSVFormat.RFC4180;
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final char REPLACEMENT_CHARACTER = '\uFFFD';

  private final String sourceFile;
  private final BufferedReader lines;
  private final ColumnMapping mapping;
  private final Deque<NumberedLine> pushedBack = new ArrayDeque<>();
  private long physicalLine;
  private List<String> header;
  private Map<String, Integer> positions;
  private String missingColumns;
  private Row next;

  private record NumberedLine(long number, String text) {}

  ExportFileReader(String sourceFile, Reader reader, ColumnMapping mapping) {
    this.sourceFile = sourceFile;
    this.lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    this.mapping = mapping;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row row = next;
    next = null;
    return row;
  }

  private Row readNext() {
    while (true) {
      List<NumberedLine> record = frameRecord();
      if (record == null) {
        return null;
      }
      String raw = join(record);
      long lineNumber = record.get(0).number();
      if (header == null) {
        readHeader(raw);
        continue;
      }
      return toRow(raw, lineNumber);
    }
  }

  /**
   * The physical lines of the next record, or null at the end of the file. Blank lines are skipped.
   */
  private List<NumberedLine> frameRecord() {
    NumberedLine first;
    do {
      first = nextLine();
      if (first == null) {
        return null;
      }
    } while (first.text().isBlank());
    List<NumberedLine> record = new ArrayList<>(1);
    record.add(first);
    int quotes = countQuotes(first.text());
    long bytes = quotes % 2 != 0 ? utf8Length(first.text()) : 0;
    while (quotes % 2 != 0) {
      NumberedLine continuation = bytes < MAX_RECORD_BYTES ? nextLine() : null;
      if (continuation == null) {
        return unclosedQuote(record);
      }
      bytes += 1 + utf8Length(continuation.text());
      if (bytes > MAX_RECORD_BYTES) {
        pushedBack.addFirst(continuation);
        return unclosedQuote(record);
      }
      record.add(continuation);
      quotes += countQuotes(continuation.text());
    }
    if (record.size() > 1 && header != null && !isWellFormed(join(record))) {
      return unclosedQuote(record);
    }
    return record;
  }

  /**
   * A record that spans lines but does not split into the header's number of fields is more likely
   * a stray quote that paired up with a later one than a real multi-line field.
   */
  private boolean isWellFormed(String raw) {
    try {
      return splitFields(raw).size() == header.size();
    } catch (MalformedRecordException e) {
      return false;
    }
  }

  /**
   * Gives back every line but the first for framing again, and returns the first line alone: its
   * odd quote count marks it as the record that holds the unclosed quote.
   */
  private List<NumberedLine> unclosedQuote(List<NumberedLine> record) {
    for (int i = record.size() - 1; i >= 1; i--) {
      pushedBack.addFirst(record.get(i));
    }
    return List.of(record.get(0));
  }

  private NumberedLine nextLine() {
    if (!pushedBack.isEmpty()) {
      return pushedBack.removeFirst();
    }
    try {
      String text = lines.readLine();
      if (text == null) {
        return null;
      }
      physicalLine++;
      if (physicalLine == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
        text = text.substring(1);
      }
      return new NumberedLine(physicalLine, text);
    } catch (IOException e) {
      throw new UnreadableInputException(sourceFile, e);
    }
  }

  private void readHeader(String raw) {
    List<String> names;
    try {
      names = splitFields(raw);
    } catch (MalformedRecordException e) {
      names = List.of(raw.split(",", -1));
    }
    header = names;
    positions = mapping.positions(names);
    List<String> missing = new ArrayList<>();
    for (String column : InputSchema.REQUIRED) {
      if (!positions.containsKey(column)) {
        missing.add(column);
      }
    }
    missingColumns = missing.isEmpty() ? null : String.join(", ", missing);
  }

  private Row toRow(String raw, long lineNumber) {
    if (missingColumns != null) {
      return rejected(
          raw,
          lineNumber,
          Rejection.MISSING_COLUMN,
          "the file's header has no column for "
              + missingColumns
              + " (header: "
              + String.join(", ", header)
              + ")");
    }
    if (raw.indexOf(REPLACEMENT_CHARACTER) >= 0) {
      return rejected(
          raw, lineNumber, Rejection.INVALID_ENCODING, Rejection.INVALID_ENCODING.meaning());
    }
    if (countQuotes(raw) % 2 != 0) {
      return rejected(
          raw,
          lineNumber,
          Rejection.UNBALANCED_QUOTES,
          "a quote opened on line "
              + lineNumber
              + " is never closed within "
              + (MAX_RECORD_BYTES >> 20)
              + " MiB; the lines after it were read as new records");
    }
    List<String> fields;
    try {
      fields = splitFields(raw);
    } catch (MalformedRecordException e) {
      return rejected(raw, lineNumber, Rejection.MALFORMED_QUOTES, e.getMessage());
    }
    if (fields.size() != header.size()) {
      return rejected(
          raw,
          lineNumber,
          Rejection.WRONG_COLUMN_COUNT,
          "the record has " + fields.size() + " fields but the header has " + header.size());
    }
    Object[] row = newRow(raw, lineNumber);
    for (int i = 0; i < InputSchema.CONTRACT.size(); i++) {
      Integer position = positions.get(InputSchema.CONTRACT.get(i));
      row[FIRST_CONTRACT_FIELD + i] = position == null ? null : fields.get(position);
    }
    return RowFactory.create(row);
  }

  private Object[] newRow(String raw, long lineNumber) {
    Object[] row = new Object[FIRST_CONTRACT_FIELD + InputSchema.CONTRACT.size()];
    row[0] = sourceFile;
    row[1] = lineNumber;
    row[2] = raw;
    return row;
  }

  private Row rejected(String raw, long lineNumber, Rejection rejection, String reason) {
    Object[] row = newRow(raw, lineNumber);
    row[3] = rejection.code();
    row[4] = reason;
    return RowFactory.create(row);
  }

  /** Fields of one framed record. Records without a quote, the common case, need no CSV parser. */
  static List<String> splitFields(String record) throws MalformedRecordException {
    if (record.indexOf('"') < 0) {
      return List.of(record.split(",", -1));
    }
    try (CSVParser parser = CSVParser.parse(record, FIELD_FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new MalformedRecordException("the record could not be split into fields");
      }
      return records.get(0).toList();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new MalformedRecordException(
          "text follows a closing quote inside a field (a quote inside a quoted field must be"
              + " doubled)");
    }
  }

  private static int countQuotes(String text) {
    int quotes = 0;
    for (int i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
      quotes++;
    }
    return quotes;
  }

  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static String join(List<NumberedLine> record) {
    if (record.size() == 1) {
      return record.get(0).text();
    }
    StringBuilder text = new StringBuilder();
    for (NumberedLine line : record) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line.text());
    }
    return text.toString();
  }

  static final class MalformedRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRecordException(String message) {
      super(message);
    }
  }
}
