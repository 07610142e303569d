package org.goalshift.privacy;

import java.util.Map;

/**
 * A text after redaction and how many details of each kind were replaced in it.
 *
 * @param text the redacted text; null when the input was null
 * @param counts placeholder type name (e.g. {@code "EMAIL"}) to the number replaced; empty when
 *     nothing was redacted
 */
public record Redacted(String text, Map<String, Integer> counts) {
  public Redacted {
    counts = Map.copyOf(counts);
  }
}
