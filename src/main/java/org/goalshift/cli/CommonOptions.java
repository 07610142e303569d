package org.goalshift.cli;

import java.nio.file.Path;
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

  @Option(names = "--verbose", description = "Show the full stack trace when a run fails.")
  private boolean verbose;

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
