package org.goalshift.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.apache.commons.codec.digest.DigestUtils;
import org.goalshift.classify.Lexicon;
import org.goalshift.ingest.ColumnMapping;

/**
 * What a store's records were made with, in three parts, so that a change costs only the work it
 * invalidates:
 *
 * @param reading the program version, the code that reads and checks a record (ingest, validate,
 *     schema, store) and the header names it was read with (--column): when it differs, the records
 *     are read again from the exports
 * @param classification the lexicon's text and the classifier's code: when it or {@code redaction}
 *     differs, the stored records are labelled and redacted again from their text as written
 * @param redaction the redactor's code and word lists, and the version of the name lists it takes
 *     from datafaker
 */
record Fingerprints(String reading, String classification, String redaction) {
  private static final String DATAFAKER_PROPERTIES =
      "/META-INF/maven/net.datafaker/datafaker/pom.properties";

  static Fingerprints of(String programVersion, ColumnMapping mapping, Lexicon lexicon) {
    return new Fingerprints(
        sha256(
            programVersion,
            mapping.description(),
            CodeDigest.of(
                List.of(
                    "org/goalshift/ingest",
                    "org/goalshift/validate",
                    "org/goalshift/schema",
                    "org/goalshift/store"))),
        sha256(lexicon.fingerprint(), CodeDigest.of(List.of("org/goalshift/classify"))),
        sha256(CodeDigest.of(List.of("org/goalshift/privacy")), datafakerVersion()));
  }

  private static String datafakerVersion() {
    try (InputStream in = Fingerprints.class.getResourceAsStream(DATAFAKER_PROPERTIES)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DATAFAKER_PROPERTIES, e);
    }
  }

  /** Each part ends in a NUL, so that ("ab", "c") and ("a", "bc") differ. */
  private static String sha256(String... parts) {
    return DigestUtils.sha256Hex(String.join("\0", parts) + "\0");
  }
}
