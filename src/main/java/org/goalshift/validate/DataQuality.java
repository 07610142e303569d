package org.goalshift.validate;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many input rows a run read and what became of them. rowsRead = rowsAccepted + rowsRejected +
 * duplicatesDropped, the identity the run summary promises.
 */
public record DataQuality(
    long rowsRead, long rowsAccepted, Map<String, Long> rejectedByReason, long duplicatesDropped) {

  public DataQuality {
    rejectedByReason = new TreeMap<>(rejectedByReason);
    long rejected = rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
    if (rowsRead != rowsAccepted + rejected + duplicatesDropped) {
      throw new IllegalArgumentException(
          "Rows do not reconcile: read "
              + rowsRead
              + " != accepted "
              + rowsAccepted
              + " + rejected "
              + rejected
              + " + duplicates "
              + duplicatesDropped);
    }
  }

  public static final DataQuality NONE = new DataQuality(0, 0, Map.of(), 0);

  public long rowsRejected() {
    return rejectedByReason.values().stream().mapToLong(Long::longValue).sum();
  }
}
