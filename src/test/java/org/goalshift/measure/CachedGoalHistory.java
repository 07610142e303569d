package org.goalshift.measure;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the measure tests that run several stages over {@link GoalHistory#versions()}: the
 * history is built and cached once for the test class, not once per stage, and released after it.
 */
abstract class CachedGoalHistory {
  static Dataset<Row> versions;

  @BeforeAll
  static void history() {
    versions = GoalHistory.versions().cache();
  }

  @AfterAll
  static void release() {
    versions.unpersist();
  }
}
