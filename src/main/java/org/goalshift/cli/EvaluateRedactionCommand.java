package org.goalshift.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.goalshift.privacy.RedactionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate-redaction",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the redactor against texts whose personal details are known: recall and precision",
      "per placeholder type and overall, look-alikes kept, and every missed detail and lost",
      "look-alike with the redacted text and the redactor's reasons.",
      "Gold CSV columns: text,expected[,lookalikes] (the text as it should read after",
      "redaction) or text,pii[,lookalikes] (the details separated by |, each optionally typed",
      "as NAME:, PHONE:, EMAIL:, URL:, ADDRESS:, DATE: or ID:); lookalikes lists, separated",
      "by |, parts of the text that must be kept."
    })
final class EvaluateRedactionCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  /** Read by the command line's failure handler, which prints the stack trace when it is set. */
  @Option(names = "--verbose", description = "Show the full stack trace when a run fails.")
  private boolean verbose;

  /** Required by picocli: this command reads no config file that could supply it. */
  @Option(
      names = "--gold",
      required = true,
      paramLabel = "FILE.csv",
      description = "Texts with their details: columns text,expected or text,pii (see above).")
  private Path gold;

  @Override
  public Integer call() {
    RedactionEvaluation evaluation;
    try {
      evaluation = RedactionEvaluation.of(gold);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    spec.commandLine().getOut().print(evaluation.format());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
