package org.goalshift.pipeline;

import java.time.YearMonth;
import java.util.List;
import org.goalshift.classify.Lexicon;
import org.goalshift.ingest.ColumnMapping;
import org.goalshift.output.DataFiles;

/**
 * Everything a report run needs to know, gathered from flags and the config file by the CLI.
 *
 * @param rejectThreshold share of rows read (0-1) above which rejections fail the run
 * @param attentionDays days without change after which an open performance-target goal is listed
 * @param allowEmpty publish a month even when the inputs hold no record (otherwise the run fails
 *     and the previous report stays: an empty export is far more often a broken one)
 * @param store the goal store's folder, or null to read every export in every run
 * @param rebuildStore make the store again from the exports, whatever it holds
 */
public record RunSettings(
    List<String> inputs,
    YearMonth month,
    String output,
    DataFiles.Format format,
    double rejectThreshold,
    ColumnMapping columns,
    Lexicon lexicon,
    org.goalshift.report.ReportSettings workbooks,
    int attentionDays,
    boolean allowEmpty,
    String store,
    boolean rebuildStore) {

  public static final double DEFAULT_REJECT_THRESHOLD = 0.05;

  public RunSettings {
    inputs = List.copyOf(inputs);
  }
}
