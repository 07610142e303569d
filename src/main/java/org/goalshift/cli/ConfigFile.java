package org.goalshift.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The {@code --config FILE} properties file: each key is a flag's long name without its dashes
 * ({@code reject-threshold=0.02}), and its value is what the flag would be given. A flag on the
 * command line wins over the file. Unknown keys are an error, since a misspelt key silently ignored
 * would leave a setting at its default.
 */
final class ConfigFile implements IDefaultValueProvider {
  static final String OPTION = "--config";

  private final Path file;
  private final Properties values;

  private ConfigFile(Path file, Properties values) {
    this.file = file;
    this.values = values;
  }

  /** The config file named on the command line, read, or empty when there is none. */
  static Optional<ConfigFile> find(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String path = null;
      if (args[i].equals(OPTION) && i + 1 < args.length) {
        path = args[i + 1];
      } else if (args[i].startsWith(OPTION + "=")) {
        path = args[i].substring(OPTION.length() + 1);
      }
      if (path != null) {
        return Optional.of(load(Path.of(path)));
      }
    }
    return Optional.empty();
  }

  static ConfigFile load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("config file does not exist: " + file);
    }
    Properties values = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      values.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageException("cannot read config file " + file + ": " + e.getMessage());
    }
    return new ConfigFile(file, values);
  }

  /** Checks every key names a flag of some command, then supplies the defaults for all of them. */
  void applyTo(CommandLine root) {
    Set<String> known = new TreeSet<>();
    collectKeys(root, known);
    for (String key : values.stringPropertyNames()) {
      if (!known.contains(key)) {
        throw new UsageException(
            "config file "
                + file
                + " has unknown key '"
                + key
                + "'; known keys: "
                + String.join(", ", known));
      }
    }
    root.setDefaultValueProvider(this);
  }

  private static void collectKeys(CommandLine command, Set<String> known) {
    for (OptionSpec option : command.getCommandSpec().options()) {
      String key = key(option);
      if (!option.usageHelp() && !option.versionHelp() && !key.equals("config")) {
        known.add(key);
      }
    }
    command.getSubcommands().values().forEach(sub -> collectKeys(sub, known));
  }

  private static String key(OptionSpec option) {
    return option.longestName().replaceFirst("^-+", "");
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    return argument instanceof OptionSpec option ? values.getProperty(key(option)) : null;
  }
}
