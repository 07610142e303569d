package org.goalshift.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.internal.SQLConf;
import org.goalshift.testing.TestSpark;
import org.junit.jupiter.api.Test;

/** The shared test session runs with the plugin, as a local report does. */
class TaskSqlConfTest {
  private static final String TIME_ZONE = "spark.sql.session.timeZone";

  /**
   * Per task: whether two reads of the configuration gave the same object, and its time zone. A
   * plain RDD job carries no SQL settings, so a task not told otherwise sees the JVM's zone.
   */
  private static List<String> confSeenByTasks() {
    JavaSparkContext context =
        JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
    return context
        .parallelize(List.of(1, 2, 3, 4), 2)
        .map(
            ignored -> {
              SQLConf first = SQLConf.get();
              return (first == SQLConf.get()) + " " + first.sessionLocalTimeZone();
            })
        .collect();
  }

  @Test
  void eachTaskReadsOneConfigurationSetForItsOwnJob() {
    SparkContext context = TestSpark.session().sparkContext();
    context.setLocalProperty(TIME_ZONE, "Asia/Tokyo");
    try {
      assertThat(confSeenByTasks()).containsOnly("true Asia/Tokyo");
    } finally {
      context.setLocalProperty(TIME_ZONE, null);
    }
    assertThat(confSeenByTasks())
        .hasSize(4)
        .allSatisfy(seen -> assertThat(seen).startsWith("true ").doesNotContain("Tokyo"));
  }
}
