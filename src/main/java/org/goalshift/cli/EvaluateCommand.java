package org.goalshift.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.goalshift.classify.Evaluation;
import org.goalshift.classify.GoalClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the classifier against gold labels (CSV with goal_text and a label column, a",
      "direction column or both), on each dimension the file has: per-class precision, recall",
      "and F1, macro-F1, Cohen's kappa, the confusion matrix and every miss with its cues."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private CommonOptions common;

  @Option(
      names = "--gold",
      paramLabel = "FILE.csv",
      description = "Gold labels: goal_text with label, direction or both.")
  private Path gold;

  @Override
  public Integer call() {
    UsageException.requireOption(gold != null, "--gold");
    if (!Files.isRegularFile(gold)) {
      throw new UsageException("Gold file does not exist: " + gold);
    }
    Evaluation evaluation =
        new Evaluation(Evaluation.readGold(gold), new GoalClassifier(common.lexicon()));
    spec.commandLine().getOut().print(evaluation.format());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
