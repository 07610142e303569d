package org.goalshift.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.goalshift.schema.InputSchema;
import org.goalshift.schema.Label;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The benchmark's peer: goalshift's core work done by DuckDB in one SQL statement over the same CSV
 * export. It reads the files with an explicit schema, labels every version with {@link
 * BaselineRules}, marks revisions with a window over each goal's versions, and counts versions,
 * revisions and labels per supervisor, therapist and month up to the report month.
 */
@Command(
    name = "duckdb-baseline",
    mixinStandardHelpOptions = true,
    description = "Runs the DuckDB baseline of scripts/bench over a goal-history export.")
public final class DuckDbBaseline implements Callable<Integer> {
  @Mixin private BaselineArguments arguments;

  public static void main(String[] args) {
    System.exit(new CommandLine(new DuckDbBaseline()).execute(args));
  }

  @Override
  public Integer call() throws IOException, SQLException {
    String month = arguments.month.toString();
    Path output = arguments.output;
    List<Path> files = exportFiles(arguments.input);
    checkHeader(files.get(0));
    Path spillDirectory = output.toAbsolutePath().resolveSibling("duckdb-spill");
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute("SET temp_directory = " + sqlString(spillDirectory.toString()));
      statement.execute(
          "CREATE TEMP TABLE monthly AS " + aggregateQuery(files, BaselineRules.load(), month));
      statement.execute(
          "COPY (SELECT * FROM monthly ORDER BY ALL) TO "
              + sqlString(output.toString())
              + " (HEADER, DELIMITER ',')");
      try (ResultSet totals =
          statement.executeQuery("SELECT count(*), sum(versions), sum(revisions) FROM monthly")) {
        totals.next();
        System.out.printf(
            "duckdb_groups=%d duckdb_versions=%d duckdb_revisions=%d%n",
            totals.getLong(1), totals.getLong(2), totals.getLong(3));
      }
    }
    return 0;
  }

  static String aggregateQuery(List<Path> files, List<BaselineRules.Rule> rules, String month) {
    String normalisedText = "lower(regexp_replace(trim(goal_text), '\\s+', ' ', 'g'))";
    return String.join(
        "\n",
        "WITH versions AS (",
        "  SELECT goal_id, therapist_id, supervisor_id, version,",
        "         substr(recorded_at, 1, 7) AS month, " + normalisedText + " AS text",
        "  FROM " + readCsv(files),
        "  WHERE substr(recorded_at, 1, 7) <= " + sqlString(month) + " AND goal_text <> ''",
        "), scored AS (",
        "  SELECT *,",
        "    " + score(rules, Label.PERFORMANCE_TARGET) + " AS performance_score,",
        "    " + score(rules, Label.RELATIONSHIP_ORIENTED) + " AS relationship_score,",
        "    coalesce(text <> lag(text) OVER (PARTITION BY goal_id ORDER BY version), false)"
            + " AS revised",
        "  FROM versions",
        ")",
        "SELECT supervisor_id, therapist_id, month,",
        "  count(*) AS versions,",
        "  count_if(revised) AS revisions,",
        "  count_if(performance_score > relationship_score) AS performance_target,",
        "  count_if(relationship_score > performance_score) AS relationship_oriented,",
        "  count_if(performance_score = relationship_score) AS unclassified",
        "FROM scored",
        "GROUP BY supervisor_id, therapist_id, month");
  }

  private static String readCsv(List<Path> files) {
    String fileList =
        files.stream().map(file -> sqlString(file.toString())).collect(Collectors.joining(", "));
    String schema =
        InputSchema.CONTRACT.stream()
            .map(column -> sqlString(column) + ": " + sqlString(sqlType(column)))
            .collect(Collectors.joining(", "));
    // Rows that do not fit the schema are skipped, as goalshift's validation rejects them.
    return "read_csv(["
        + fileList
        + "], header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
        + " ignore_errors = true, columns = {"
        + schema
        + "})";
  }

  private static String sqlType(String column) {
    return BaselineSchema.isInteger(column) ? "INTEGER" : "VARCHAR";
  }

  private static String score(List<BaselineRules.Rule> rules, Label label) {
    return rules.stream()
        .filter(rule -> rule.label() == label)
        .map(rule -> "regexp_matches(text, " + sqlString(rule.regex()) + ")::INTEGER")
        .collect(Collectors.joining(" + ", "(", ")"));
  }

  private static String sqlString(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static List<Path> exportFiles(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> files =
          entries
              .filter(
                  file -> {
                    String name = file.getFileName().toString();
                    return name.endsWith(".csv") || name.endsWith(".csv.gz");
                  })
              .map(Path::toAbsolutePath)
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new IllegalArgumentException("No .csv or .csv.gz files in " + folder);
      }
      return files;
    }
  }

  /** The schema maps columns by position, so a reordered export must fail loudly, not mislabel. */
  private static void checkHeader(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream content =
            file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
      String header = String.valueOf(reader.readLine()).replace("\uFEFF", "").strip();
      String expected = String.join(",", InputSchema.CONTRACT);
      if (!header.equalsIgnoreCase(expected)) {
        throw new IllegalArgumentException(
            "Header of " + file + " is '" + header + "'; the baseline expects '" + expected + "'");
      }
    }
  }
}
