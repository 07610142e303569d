package org.goalshift.testing;

import org.apache.spark.sql.SparkSession;
import org.goalshift.engine.SparkSessions;
import org.goalshift.engine.TaskSqlConf;

/**
 * One local SparkSession for the whole test JVM: starting Spark costs seconds, so every test class
 * shares this one (as Spark's own TestSQLContext does), with two cores and few shuffle partitions.
 */
public final class TestSpark {
  private static SparkSession session;

  private TestSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSessions.builder()
              .appName("goalshift-tests")
              .master("local[2]")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              .config("spark.default.parallelism", "2")
              .config("spark.plugins", TaskSqlConf.PLUGIN)
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
