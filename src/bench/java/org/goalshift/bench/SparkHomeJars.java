package org.goalshift.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lays out the jars/ folder of a Spark home for scripts/cluster-test from target/lib: every jar
 * whose classes the cluster jar does not carry. The cluster then supplies Spark and what Spark
 * ships, and goalshift's own libraries must come from the cluster jar, as on a real cluster; a
 * library missing from the shaded jar fails the test instead of being found on the cluster's class
 * path.
 *
 * <p>Run with the JDK's source launcher, so the test needs no build profile: {@code java
 * src/bench/java/org/goalshift/bench/SparkHomeJars.java CLUSTER_JAR LIB_DIR JARS_DIR}.
 */
public final class SparkHomeJars {
  private SparkHomeJars() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: SparkHomeJars CLUSTER_JAR LIB_DIR JARS_DIR");
    }
    Path clusterJar = Path.of(args[0]);
    Path libDirectory = Path.of(args[1]);
    Path jarsDirectory = Path.of(args[2]);
    Set<String> carried;
    try (JarFile jar = new JarFile(clusterJar.toFile())) {
      carried = jar.stream().map(JarEntry::getName).collect(Collectors.toSet());
    }
    Files.createDirectories(jarsDirectory);
    List<String> leftToApplication = new ArrayList<>();
    int linked = 0;
    try (Stream<Path> entries = Files.list(libDirectory)) {
      for (Path lib : entries.filter(path -> path.toString().endsWith(".jar")).sorted().toList()) {
        Optional<String> probe = firstClass(lib);
        if (probe.isPresent() && carried.contains(probe.get())) {
          leftToApplication.add(lib.getFileName().toString());
        } else {
          Files.createSymbolicLink(jarsDirectory.resolve(lib.getFileName()), lib.toAbsolutePath());
          linked++;
        }
      }
    }
    System.out.printf(
        "spark home: %d jars; carried by the cluster jar instead: %s%n",
        linked, String.join(" ", leftToApplication));
  }

  /** A class that identifies the jar; version-specific and module descriptors are shared names. */
  private static Optional<String> firstClass(Path lib) throws IOException {
    try (JarFile jar = new JarFile(lib.toFile())) {
      return jar.stream()
          .map(JarEntry::getName)
          .filter(name -> name.endsWith(".class"))
          .filter(name -> !name.startsWith("META-INF/") && !name.endsWith("module-info.class"))
          .findFirst();
    }
  }
}
