package org.goalshift.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges CSV part files into one, in the order of their first field, when each part is sorted by
 * that field and holds every row of its values: a k-way merge that moves whole records and parses
 * only the first field, so the rows need not be shuffled into ranges before they are written.
 *
 * <p>The parts are what Spark's CSV writer produces with a double quote as quote and escape
 * character: a field holding a quote, comma or line break is quoted, with its quotes doubled, so a
 * record ends at the first line break after an even number of quotes. Fields compare as their UTF-8
 * bytes, unsigned, which is how Spark orders strings. A part out of order, or a value in two parts,
 * is an error rather than a file in the wrong order; its message gives the record's place, never
 * its content.
 */
final class SortedParts {
  private static final Logger LOG = LoggerFactory.getLogger(SortedParts.class);

  private SortedParts() {}

  /** Writes the records of {@code parts} to {@code out}, merged by their first field. */
  static void merge(FileSystem fs, List<Path> parts, OutputStream out) throws IOException {
    List<InputStream> opened = new ArrayList<>();
    try {
      PriorityQueue<Part> queue = new PriorityQueue<>(Math.max(1, parts.size()));
      for (Path path : parts) {
        InputStream in = fs.open(path);
        opened.add(in);
        Part part = new Part(in, path.getName());
        if (part.advance()) {
          queue.add(part);
        }
      }
      merge(queue, out);
    } finally {
      // Every part is closed even if one fails to, and the merge's own error is not replaced by a
      // failed close: a part that was read to its end gave all its records anyway.
      IOUtils.cleanupWithLogger(LOG, opened.toArray(Closeable[]::new));
    }
  }

  private static void merge(PriorityQueue<Part> queue, OutputStream out) throws IOException {
    byte[] lastKey = new byte[0];
    Part lastPart = null;
    while (!queue.isEmpty()) {
      Part part = queue.poll();
      if (lastPart != null && part.compareKeyTo(lastKey, lastKey.length) == 0) {
        throw new IOException(
            "the first field of "
                + part.name
                + " record "
                + part.records
                + " is in both "
                + lastPart.name
                + " and "
                + part.name
                + ": the parts are not partitioned by it");
      }
      lastKey = Arrays.copyOf(part.key, part.keyLength);
      lastPart = part;
      boolean more;
      do {
        out.write(part.record, 0, part.recordLength);
        more = part.advance();
      } while (more && part.compareKeyTo(lastKey, lastKey.length) == 0);
      if (more) {
        if (part.compareKeyTo(lastKey, lastKey.length) < 0) {
          throw new IOException(
              part.name + " is not sorted by its first field at record " + part.records);
        }
        queue.add(part);
      }
    }
  }

  /** One part's current record and its first field, unquoted. */
  private static final class Part implements Comparable<Part> {
    private final InputStream in;
    private final String name;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] record = new byte[1 << 10];
    private int recordLength;
    private byte[] key = new byte[1 << 6];
    private int keyLength;
    private long records;

    Part(InputStream in, String name) {
      this.in = in;
      this.name = name;
    }

    /** Reads the next record; false at the end of the part. */
    boolean advance() throws IOException {
      recordLength = 0;
      boolean quoted = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            if (quoted) {
              throw new IOException(name + " ends inside a quoted field");
            }
            break;
          }
        }
        byte b = buffer[position++];
        append(b);
        if (b == '"') {
          quoted = !quoted;
        } else if (b == '\n' && !quoted) {
          break;
        }
      }
      if (recordLength == 0) {
        return false;
      }
      records++;
      parseKey();
      return true;
    }

    private void append(byte b) {
      if (recordLength == record.length) {
        record = Arrays.copyOf(record, record.length * 2);
      }
      record[recordLength++] = b;
    }

    private void parseKey() {
      keyLength = 0;
      if (record[0] == '"') {
        for (int i = 1; i < recordLength; i++) {
          if (record[i] == '"') {
            if (i + 1 < recordLength && record[i + 1] == '"') {
              appendKey(record[++i]);
            } else {
              return;
            }
          } else {
            appendKey(record[i]);
          }
        }
      } else {
        for (int i = 0; i < recordLength; i++) {
          byte b = record[i];
          if (b == ',' || b == '\n' || b == '\r') {
            return;
          }
          appendKey(b);
        }
      }
    }

    private void appendKey(byte b) {
      if (keyLength == key.length) {
        key = Arrays.copyOf(key, key.length * 2);
      }
      key[keyLength++] = b;
    }

    int compareKeyTo(byte[] other, int otherLength) {
      return Arrays.compareUnsigned(key, 0, keyLength, other, 0, otherLength);
    }

    @Override
    public int compareTo(Part other) {
      return compareKeyTo(other.key, other.keyLength);
    }
  }
}
