package org.goalshift.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.goalshift.store.GoalStore;

/**
 * run-summary.json: the machine-readable record of a run, for cron wrappers and researchers. Field
 * names are snake_case and documented in the README's "run-summary.json" section.
 */
public record RunSummary(
    String program,
    String version,
    String month,
    String status,
    int exitCode,
    String startedAt,
    String finishedAt,
    List<String> inputs,
    String output,
    String format,
    @JsonInclude(JsonInclude.Include.NON_NULL) GoalStore.Changes store,
    Counts counts,
    double rejectThreshold,
    Map<String, Long> durationsMs,
    Map<String, Long> redactions,
    Map<String, Integer> medianDaysToFirstRevision,
    List<String> files) {

  /** The reconciliation of rows read: read = accepted + rejected + duplicates_dropped. */
  public record Counts(
      long rowsRead,
      long rowsAccepted,
      long rowsRejected,
      long duplicatesDropped,
      boolean reconciles,
      double rejectedShare,
      Map<String, Long> rejectedByReason,
      long versionsAfterReportMonth,
      long versionsInReport,
      long goals,
      long supervisors) {}

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  public void write(FileSystem fs, Path file) {
    try (OutputStream out = fs.create(file, true)) {
      JSON.writeValue(out, this);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static RunSummary read(InputStream in) throws IOException {
    return JSON.readValue(in, RunSummary.class);
  }
}
