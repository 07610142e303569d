package org.goalshift.engine;

import java.lang.reflect.Method;
import java.util.Optional;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.SparkPlugin;
import org.apache.spark.sql.internal.ReadOnlySQLConf;
import org.apache.spark.sql.internal.SQLConf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each Spark task one SQL configuration for its whole run.
 *
 * <p>Inside a task, Spark 4.2's {@code SQLConf.get()} builds a new read-only configuration on every
 * call, copying every system property and environment variable into it, unless one is set for the
 * thread. Its CSV writer calls it for every field of every row it writes (to look up the field's
 * type operations), a cost paid per field that shows in a profile of a large report. This plugin
 * sets, for the task's thread, the configuration Spark would build anyway (it reads only the task's
 * local properties, which do not change while the task runs), and removes it when the task ends.
 *
 * <p>Spark keeps that per-thread slot private, so it is reached by reflection. If a later Spark
 * moves it, the plugin logs a warning once and does nothing: tasks then run as they would without
 * it, only slower.
 */
public final class TaskSqlConf implements SparkPlugin {
  /** The value of {@code spark.plugins} that installs this plugin. */
  public static final String PLUGIN = TaskSqlConf.class.getName();

  private static final Logger LOG = LoggerFactory.getLogger(TaskSqlConf.class);

  private static final Optional<ThreadLocal<SQLConf>> TASK_CONF = taskConfSlot();

  @SuppressWarnings("unchecked")
  private static Optional<ThreadLocal<SQLConf>> taskConfSlot() {
    try {
      Class<?> companion = Class.forName(SQLConf.class.getName() + "$");
      Method slot = companion.getDeclaredMethod("existingConf");
      slot.setAccessible(true);
      return Optional.of(
          (ThreadLocal<SQLConf>) slot.invoke(companion.getField("MODULE$").get(null)));
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn(
          "This Spark has no per-thread SQL configuration where goalshift looked for it ({});"
              + " tasks will build theirs as Spark does",
          e.toString());
      return Optional.empty();
    }
  }

  @Override
  public DriverPlugin driverPlugin() {
    return null;
  }

  @Override
  public ExecutorPlugin executorPlugin() {
    return new ExecutorPlugin() {
      @Override
      public void onTaskStart() {
        TaskContext task = TaskContext.get();
        if (task != null) {
          TASK_CONF.ifPresent(slot -> slot.set(new ReadOnlySQLConf(task)));
        }
      }

      @Override
      public void onTaskSucceeded() {
        TASK_CONF.ifPresent(ThreadLocal::remove);
      }

      @Override
      public void onTaskFailed(TaskFailedReason reason) {
        TASK_CONF.ifPresent(ThreadLocal::remove);
      }
    };
  }
}
