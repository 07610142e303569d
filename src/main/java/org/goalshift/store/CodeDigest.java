package org.goalshift.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * SHA-256 of the classes and resources of some of goalshift's packages, as this JVM runs them (from
 * the jar, or from the classes folder in tests): what a store's records were derived with. Each
 * entry's name and bytes count, in name order, so the digest changes exactly when that code does.
 */
final class CodeDigest {
  private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

  private CodeDigest() {}

  /**
   * @param packages folders of the code, e.g. {@code org/goalshift/privacy}
   */
  static String of(List<String> packages) {
    return KNOWN.computeIfAbsent(String.join(",", packages), key -> compute(packages));
  }

  private static String compute(List<String> packages) {
    try {
      Path code =
          Path.of(CodeDigest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Map<String, byte[]> entries =
          Files.isDirectory(code) ? fromFolder(code, packages) : fromJar(code, packages);
      MessageDigest sha = DigestUtils.getSha256Digest();
      entries.forEach(
          (name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
          });
      return Hex.encodeHexString(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read goalshift's own code to identify it", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot identify goalshift's own code", e);
    }
  }

  private static Map<String, byte[]> fromFolder(Path root, List<String> packages)
      throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    for (String folder : packages) {
      Path dir = root.resolve(folder);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          entries.put(
              root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      }
    }
    return entries;
  }

  private static Map<String, byte[]> fromJar(Path jar, List<String> packages) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      for (JarEntry entry : file.stream().toList()) {
        if (entry.isDirectory()
            || packages.stream().noneMatch(folder -> entry.getName().startsWith(folder + "/"))) {
          continue;
        }
        try (InputStream in = file.getInputStream(entry)) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }
}
