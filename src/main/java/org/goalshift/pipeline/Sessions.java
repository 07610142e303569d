package org.goalshift.pipeline;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the SparkSession for a run: embedded local Spark, or whatever spark-submit configured. */
public final class Sessions {
  private Sessions() {}

  /**
   * Under spark-submit the master and resources come from the submitter and are left alone. Run
   * directly (java -cp), there is no master, so goalshift starts embedded Spark on every local core,
   * with the settings that matter for one machine: no UI port to open, loopback only, and few shuffle
   * partitions because a one-machine job pays a per-task cost for each of the default 200.
   */
  public static SparkSession getOrCreate(String appName) {
    SparkConf conf = new SparkConf(true);
    boolean submitted = conf.contains("spark.master");
    SparkSession.Builder builder = SparkSession.builder().appName(appName);
    if (!submitted) {
      builder.master("local[*]");
      LOCAL_DEFAULTS.forEach(
          (key, value) -> {
            // A -Dspark.* system property (GOALSHIFT_JAVA_OPTS) wins over goalshift's default.
            if (!conf.contains(key)) {
              builder.config(key, value);
            }
          });
    }
    return builder.config("spark.sql.session.timeZone", "UTC").getOrCreate();
  }

  private static final Map<String, String> LOCAL_DEFAULTS =
      Map.of(
          "spark.ui.enabled", "false",
          "spark.driver.host", "127.0.0.1",
          "spark.driver.bindAddress", "127.0.0.1",
          "spark.sql.shuffle.partitions", "8");
}
