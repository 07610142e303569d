package org.goalshift.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Replaces personal details in free text with typed placeholders ({@code [EMAIL]}, {@code [PHONE]},
 * {@code [URL]}, {@code [ADDRESS]}, {@code [DATE]}, {@code [ID]}, {@code [NAME]}). See
 * docs/privacy.md for what is caught, what is deliberately left and the measured recall.
 *
 * <p>Immutable and thread-safe: every pattern is compiled once, in the detector classes' static
 * fields, so one instance serves a whole executor.
 *
 * <p>Speed: one pass over the text first gathers its {@link TextClues} (digits, "@", cue words),
 * and only the detectors those clues allow then scan it, each once. Most goal texts hold no
 * personal detail, and for them that pass is most of the work.
 */
public final class Redactor {
  private static final Redactor STANDARD =
      new Redactor(
          List.of(
              // Earlier detectors win where spans overlap: an e-mail holds a domain, a URL can
              // hold a date, a cued record number can look like a phone number.
              Contacts.EMAIL,
              Contacts.URL,
              Identifiers.CUED,
              Identifiers.AFTER_ID_WORD,
              Identifiers.NATIONAL_INSURANCE,
              Identifiers.SOCIAL_SECURITY,
              Identifiers.NHS_NUMBER,
              Dates.NUMERIC,
              Dates.WRITTEN,
              Dates.BIRTH,
              Contacts.PHONE,
              // After dates and phones, which a word in capitals may head too ("DOB", "US").
              Identifiers.AFTER_ACRONYM,
              Addresses.STREET,
              Addresses.STREET_IN_LOWER_CASE,
              Addresses.STREET_NAME_FIRST,
              Addresses.STREET_WORD_GLUED,
              Addresses.STREET_OF_RESIDENCE,
              Addresses.UK_POSTCODE,
              Addresses.EIRCODE,
              Addresses.CANADIAN_POSTAL_CODE,
              Addresses.US_STATE_AND_ZIP,
              // After phones: a run of digits is an identifier only if it is no phone number.
              Identifiers.LONG_DIGIT_RUN,
              // Before the cue patterns, whose spans are shorter: the evidence takes whole runs.
              NameEvidence.DETECTOR,
              Names.AFTER_CUE,
              Names.BEFORE_KIN));

  private final List<Detector> detectorsByPriority;

  private Redactor(List<Detector> detectorsByPriority) {
    this.detectorsByPriority = detectorsByPriority;
  }

  /** The redactor with every detector goalshift uses; one shared instance. */
  public static Redactor standard() {
    return STANDARD;
  }

  /** Every detector, earliest first; where spans overlap the earlier detector's is kept. */
  List<Detector> detectorsByPriority() {
    return detectorsByPriority;
  }

  /** The text with its personal details replaced; null for null. */
  public Redacted redact(String text) {
    if (text == null) {
      return new Redacted(null, Map.of());
    }
    NavigableMap<Integer, Span> kept = spans(text);
    if (kept.isEmpty()) {
      return new Redacted(text, Map.of());
    }
    StringBuilder redacted = new StringBuilder(text.length());
    Map<String, Integer> counts = new TreeMap<>();
    int copied = 0;
    for (Span span : kept.values()) {
      redacted.append(text, copied, span.start()).append(span.type().placeholder());
      counts.merge(span.type().name(), 1, Integer::sum);
      copied = span.end();
    }
    redacted.append(text, copied, text.length());
    return new Redacted(redacted.toString(), counts);
  }

  /** The spans that will be replaced, by start; no two overlap. */
  NavigableMap<Integer, Span> spans(String text) {
    TextClues clues = TextClues.of(text);
    NavigableMap<Integer, Span> kept = new TreeMap<>();
    List<Span> found = new ArrayList<>();
    for (Detector detector : detectorsByPriority) {
      if (!detector.mayMatch(clues)) {
        continue;
      }
      found.clear();
      detector.find(text, clues, found);
      for (Span span : found) {
        if (span.end() > span.start() && !overlapsKept(kept, span)) {
          kept.put(span.start(), span);
        }
      }
    }
    return kept;
  }

  /**
   * Why the text reads as it does after redaction: each replaced span with its type, and what the
   * detectors that weigh evidence saw in the parts they took or left.
   */
  List<Reason> reasons(String text) {
    List<Reason> reasons = new ArrayList<>();
    for (Span span : spans(text).values()) {
      reasons.add(new Reason(span, "replaced by " + span.type().placeholder()));
    }
    TextClues clues = TextClues.of(text);
    for (Detector detector : detectorsByPriority) {
      if (detector.mayMatch(clues)) {
        detector.explain(text, reasons);
      }
    }
    return reasons;
  }

  /** One reason about characters [span.start, span.end) of a text. */
  record Reason(Span span, String because) {
    /** The words concerned and the reason, for a report. */
    String describe(String text) {
      return "'" + text.substring(span.start(), span.end()) + "' " + because;
    }
  }

  private static boolean overlapsKept(NavigableMap<Integer, Span> kept, Span span) {
    Map.Entry<Integer, Span> before = kept.floorEntry(span.start());
    Map.Entry<Integer, Span> after = kept.ceilingEntry(span.start());
    return (before != null && before.getValue().overlaps(span))
        || (after != null && after.getValue().overlaps(span));
  }
}
