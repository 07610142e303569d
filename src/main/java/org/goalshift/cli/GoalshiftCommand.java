package org.goalshift.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import org.goalshift.engine.SparkSessions;
import org.goalshift.ingest.InputFiles.InputPathException;
import org.goalshift.output.FolderLock;
import org.goalshift.pipeline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code goalshift}: the command line. Exit codes: 0 success, 1 the run failed, 2 the command was
 * wrong (unknown flag, missing input, malformed month or config), 3 the report was written but more
 * rows were rejected than the threshold allows, 4 another run holds the month.
 */
@Command(
    name = "goalshift",
    mixinStandardHelpOptions = true,
    versionProvider = GoalshiftCommand.ProgramVersion.class,
    description =
        "Therapy-goal evolution reports: classify goal framing, measure how goals change.",
    subcommands = {
      ReportCommand.class,
      ClassifyCommand.class,
      EvaluateCommand.class,
      EvaluateRedactionCommand.class
    },
    synopsisSubcommandLabel = "(report | classify | evaluate | evaluate-redaction)",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the run failed (the message says why; --verbose shows the trace)",
      "2:usage error: unknown flag, missing input path, malformed month or config",
      "3:report written, but more rows rejected than --reject-threshold allows",
      "4:another run holds the month in this output folder, or the store; nothing was changed"
    })
public final class GoalshiftCommand implements Runnable {
  public static final int EXIT_USAGE = 2;
  public static final int EXIT_FAILURE = 1;

  /**
   * Another run of the same month into the same output folder, or another run on the same store, is
   * in progress: this run changed nothing. Distinct from a failure, so that cron can tell an
   * overlap from a broken run.
   */
  public static final int EXIT_LOCKED = 4;

  private final Function<String, SparkSession> sessions;
  private final boolean stopSessions;

  /** Where runs from a shell get their SparkSession: embedded Spark, or spark-submit's cluster. */
  public GoalshiftCommand() {
    this(SparkSessions::getOrCreate, true);
  }

  /** For tests, which share one session and must not stop it. */
  public GoalshiftCommand(Function<String, SparkSession> sessions, boolean stopSessions) {
    this.sessions = sessions;
    this.stopSessions = stopSessions;
  }

  public static void main(String[] args) {
    System.exit(execute(new GoalshiftCommand(), System.out, System.err, args));
  }

  /** Runs one command line and returns its exit code; never exits the JVM, so tests can call it. */
  public static int execute(
      GoalshiftCommand root, PrintStream out, PrintStream err, String... args) {
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    commandLine.setParameterExceptionHandler(
        (problem, arguments) -> usageError(problem.getCommandLine(), problem.getMessage()));
    commandLine.setExecutionExceptionHandler(
        (problem, failed, parseResult) -> {
          if (problem instanceof InputPathException || problem instanceof UsageException) {
            return usageError(failed, problem.getMessage());
          }
          PrintWriter errors = failed.getErr();
          if (problem instanceof FolderLock.HeldException) {
            errors.println("goalshift: " + problem.getMessage() + "; this run changed nothing");
            return EXIT_LOCKED;
          }
          if (isVerbose(parseResult)) {
            errors.println("goalshift: error: " + FailureMessage.of(problem));
            problem.printStackTrace(errors);
          } else {
            errors.println(
                "goalshift: error: "
                    + FailureMessage.of(problem)
                    + " (run again with --verbose for the trace)");
          }
          return EXIT_FAILURE;
        });
    try {
      ConfigFile.find(args).ifPresent(config -> config.applyTo(commandLine));
    } catch (UsageException problem) {
      return usageError(commandLine, problem.getMessage());
    }
    return commandLine.execute(args);
  }

  private static boolean isVerbose(CommandLine.ParseResult parseResult) {
    return parseResult.subcommand() != null
        && parseResult.subcommand().hasMatchedOption("--verbose");
  }

  private static int usageError(CommandLine where, String message) {
    PrintWriter errors = where.getErr();
    errors.println("goalshift: " + message);
    where.usage(errors);
    return EXIT_USAGE;
  }

  SparkSession openSession(String appName) {
    return sessions.apply(appName);
  }

  void closeSession(SparkSession spark) {
    if (stopSessions) {
      spark.stop();
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        new CommandLine(this),
        "a command is required: report, classify, evaluate or evaluate-redaction");
  }

  /** The version the build stamped into goalshift.properties. */
  static final class ProgramVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"goalshift " + Version.current()};
    }
  }
}
