package org.goalshift.bench;

import java.util.Set;
import org.goalshift.schema.Columns;

/** How both baselines read the export: the contract's columns, two of them as integers. */
final class BaselineSchema {
  private static final Set<String> INTEGER_COLUMNS =
      Set.of(Columns.VERSION, Columns.SESSION_NUMBER);

  private BaselineSchema() {}

  /** Whether a contract column is read as an integer; every other one is read as text. */
  static boolean isInteger(String column) {
    return INTEGER_COLUMNS.contains(column);
  }
}
