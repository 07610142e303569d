package org.goalshift.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.goalshift.schema.Label;

/** Both baselines' labelling rules, read from baseline-rules.tsv beside this class. */
final class BaselineRules {
  private static final String RESOURCE = "baseline-rules.tsv";

  private BaselineRules() {}

  /** One regular expression that counts towards a label when it matches a goal text. */
  record Rule(Label label, String regex) {}

  static List<Rule> load() {
    try (InputStream stream = BaselineRules.class.getResourceAsStream(RESOURCE)) {
      if (stream == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Rule> parse(BufferedReader reader) throws IOException {
    List<Rule> rules = new ArrayList<>();
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", 2);
      if (fields.length != 2) {
        throw new IllegalStateException(
            RESOURCE + " line " + lineNumber + ": expected label<TAB>regex, got '" + line + "'");
      }
      // Java's regex dialect accepts every RE2 construct used here, so a typo fails at load time.
      Pattern.compile(fields[1]);
      rules.add(new Rule(Label.fromCode(fields[0]), fields[1]));
    }
    for (Label label : List.of(Label.PERFORMANCE_TARGET, Label.RELATIONSHIP_ORIENTED)) {
      if (rules.stream().noneMatch(rule -> rule.label() == label)) {
        throw new IllegalStateException(RESOURCE + " has no rule for " + label.code());
      }
    }
    return List.copyOf(rules);
  }
}
