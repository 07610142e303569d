package org.goalshift.ingest;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.goalshift.schema.InputSchema;

/**
 * Which header name in an export stands for which contract column. Every contract column matches
 * its own name case-insensitively; a config file or {@code --column} flags add other exports' names
 * (e.g. {@code goal_id=GoalRef}).
 */
public final class ColumnMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Lower-cased header name to contract column. */
  private final Map<String, String> contractColumnByHeader;

  private ColumnMapping(Map<String, String> contractColumnByHeader) {
    this.contractColumnByHeader = contractColumnByHeader;
  }

  public static ColumnMapping standard() {
    return withAliases(Map.of());
  }

  /**
   * @param aliasByContractColumn contract column to the header name another export uses for it
   * @throws IllegalArgumentException naming the key when it is not a contract column
   */
  public static ColumnMapping withAliases(Map<String, String> aliasByContractColumn) {
    Map<String, String> byHeader = new LinkedHashMap<>();
    for (String column : InputSchema.CONTRACT) {
      byHeader.put(column, column);
    }
    aliasByContractColumn.forEach(
        (column, alias) -> {
          if (!InputSchema.CONTRACT.contains(column)) {
            throw new IllegalArgumentException(
                "Column mapping names '"
                    + column
                    + "', which is not an input column; expected one of "
                    + String.join(", ", InputSchema.CONTRACT));
          }
          byHeader.put(normalise(alias), column);
        });
    return new ColumnMapping(byHeader);
  }

  /**
   * Every header name and the column it stands for, in a stable order: equal for equal mappings, so
   * that records read with one mapping are never taken for records read with another.
   */
  public String description() {
    return new TreeMap<>(contractColumnByHeader).toString();
  }

  /** The contract column a header cell stands for, or null when goalshift does not use it. */
  public String contractColumn(String headerName) {
    return contractColumnByHeader.get(normalise(headerName));
  }

  /** Contract column to its position in the given header; absent columns are left out. */
  public Map<String, Integer> positions(List<String> header) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = contractColumn(header.get(i));
      if (column != null) {
        positions.putIfAbsent(column, i);
      }
    }
    return positions;
  }

  private static String normalise(String headerName) {
    return headerName.strip().toLowerCase(Locale.ROOT);
  }
}
