package org.goalshift.cli;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.goalshift.classify.Lexicon;
import org.goalshift.classify.LexiconException;
import picocli.CommandLine.Option;

/** Flags every command that runs goalshift's stages shares. */
final class CommonOptions {
  @Option(
      names = ConfigFile.OPTION,
      paramLabel = "FILE",
      description = "Properties file of defaults for these flags (key = flag name without dashes).")
  private Path config;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "Classify with this lexicon instead of the built-in one (format: docs/classifier.md).")
  private Path lexicon;

  @Option(
      names = "--verbose",
      description = "Show the full stack trace when a run fails, and Spark's own warnings.")
  private boolean verbose;

  /**
   * Spark logs every failed task with its trace, hundreds of lines for one unreadable file; the log
   * configuration keeps those quiet, since the run's one-line message says it all. With --verbose
   * an operator gets them back.
   */
  void applyVerbosity() {
    if (verbose) {
      Configurator.setAllLevels("org.apache.spark", Level.WARN);
    }
  }

  Lexicon lexicon() {
    if (lexicon == null) {
      return Lexicon.builtIn();
    }
    try {
      return Lexicon.load(lexicon);
    } catch (LexiconException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
