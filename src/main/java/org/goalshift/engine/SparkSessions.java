package org.goalshift.engine;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry$;
import org.apache.spark.sql.catalyst.parser.CatalystSqlParser$;
import org.apache.spark.sql.classic.SparkSession.Builder;

/** Builds the SparkSession for a run: embedded local Spark, or whatever spark-submit configured. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * Under spark-submit the master and resources come from the submitter and are left alone. Run
   * directly (java -cp), there is no master, so goalshift starts embedded Spark on every local
   * core, with the settings that matter for one machine: no UI port to open, loopback only.
   * Shuffles and code generation are sized per run by {@link #sizeToInput}.
   */
  public static SparkSession getOrCreate(String appName) {
    SparkConf conf = new SparkConf(true);
    boolean submitted = conf.contains("spark.master");
    Builder builder = builder().appName(appName);
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
    return builder.getOrCreate();
  }

  /**
   * A builder with the settings every goalshift session needs, local or submitted, tests included:
   * they decide how results are computed, so a cluster run must give the same bytes as a local one.
   * It is Spark's classic (in-process) builder, asked for by name: {@code SparkSession.builder()}
   * finds it through Scala reflection, which is slow on a cold JVM.
   */
  public static Builder builder() {
    Builder builder = org.apache.spark.sql.classic.SparkSession.builder();
    ENGINE_SETTINGS.forEach(builder::config);
    return builder;
  }

  private static final Map<String, String> ENGINE_SETTINGS =
      Map.of(
          "spark.sql.session.timeZone",
          "UTC",
          // Keeps a cached Dataset partitioned as it was computed: the versions are shuffled by
          // goal once, and every per-goal window and aggregation after the cache relies on that.
          "spark.sql.optimizer.canChangeCachedPlanOutputPartitioning",
          "false",
          // Case mapping through ICU costs several times the JVM's on every status and goal text,
          // and the fields it maps (statuses, text compared for revisions) need no locale rules.
          "spark.sql.icu.caseMappings.enabled",
          "false",
          // Spark's own default, stated: unset, it is recomputed on every read by looking up an
          // environment variable, and the CSV writer reads it for every field it writes.
          "spark.sql.types.framework.enabled",
          "false");

  private static final Map<String, String> LOCAL_DEFAULTS =
      Map.of(
          "spark.ui.enabled",
          "false",
          "spark.driver.host",
          "127.0.0.1",
          "spark.driver.bindAddress",
          "127.0.0.1",
          // The cached versions are read by every output; compressing them costs more CPU than the
          // few cores of one machine can spare, and what does not fit in memory spills to local
          // disk anyway.
          "spark.sql.inMemoryColumnarStorage.compressed",
          "false",
          // Spares every task of building its SQL configuration anew for each field it writes.
          // Local only: a cluster's executors would need goalshift's jar before they start.
          "spark.plugins",
          TaskSqlConf.PLUGIN);

  /** Input bytes per shuffle partition when goalshift chooses the count itself. */
  private static final long BYTES_PER_SHUFFLE_PARTITION = 64L << 20;

  /**
   * Compiling a query costs a cold JVM a second or more, about what an export of a few thousand
   * rows takes to run interpreted; and adaptive execution re-plans every query after each stage,
   * for partitions that are already one. So an export smaller than one shuffle partition runs
   * interpreted, as planned.
   */
  private static final Map<String, String> SMALL_INPUT =
      Map.of(
          "spark.sql.codegen.wholeStage", "false",
          "spark.sql.codegen.factoryMode", "NO_CODEGEN",
          "spark.sql.adaptive.enabled", "false");

  /**
   * Sizes embedded Spark to the export, leaving any setting given explicitly alone; on a cluster
   * the submitter decides. Shuffles get one partition per 64 MB of input: Spark's default of 200
   * costs a sample run hundreds of empty tasks, and a fixed small count gives a 20-million-row
   * export partitions too large to sort in memory. An export under 64 MB is run without code
   * generation ({@link #SMALL_INPUT}).
   */
  public static void sizeToInput(SparkSession spark, long inputBytes) {
    if (!spark.sparkContext().isLocal()) {
      return;
    }
    if (!spark.conf().contains("spark.sql.shuffle.partitions")) {
      int cores = spark.sparkContext().defaultParallelism();
      long partitions =
          Math.max(1, (inputBytes + BYTES_PER_SHUFFLE_PARTITION - 1) / BYTES_PER_SHUFFLE_PARTITION);
      if (partitions > 1) {
        partitions = ((partitions + cores - 1) / cores) * cores;
      }
      spark.conf().set("spark.sql.shuffle.partitions", Math.min(partitions, 400));
    }
    if (inputBytes < BYTES_PER_SHUFFLE_PARTITION) {
      SMALL_INPUT.forEach(
          (key, value) -> {
            if (!spark.conf().contains(key)) {
              spark.conf().set(key, value);
            }
          });
    }
  }

  /**
   * Sets up Spark SQL's table of built-in functions and its SQL parser, which every session and the
   * first plans set up once per JVM. Called on an idle core while the session starts.
   */
  public static void warmUpCatalyst() {
    FunctionRegistry$.MODULE$.builtin();
    CatalystSqlParser$.MODULE$.parseDataType("int");
  }
}
