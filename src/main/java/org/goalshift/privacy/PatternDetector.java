package org.goalshift.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A detector made of one compiled regular expression. When the expression has a group named {@code
 * pii} (or pii2, pii3 in other alternatives), only that group is the detail and the rest of the
 * match is context (a cue such as "MRN" that stays in the text); otherwise the whole match is. A
 * check on the detail's text can refuse a match that has the right shape but is not the detail (a
 * 13th month, a failed checksum). A detail of the right shape that belongs to nobody in particular
 * (a helpline's number, a charity's web site) can be kept, with a reason that {@link #explain}
 * gives. A screen on the text's {@link TextClues} says when the expression cannot match, so it is
 * not run.
 */
final class PatternDetector implements Detector {
  /** The group of the detail; an expression with several alternatives may name pii2, pii3. */
  private static final List<String> PII_GROUPS = List.of("pii", "pii2", "pii3");

  private final PiiType type;
  private final Pattern pattern;
  private final List<String> piiGroups;
  private final Predicate<TextClues> screen;
  private final Predicate<String> check;
  private final Predicate<String> kept;
  private final String keptBecause;

  private PatternDetector(
      PiiType type,
      Pattern pattern,
      Predicate<TextClues> screen,
      Predicate<String> check,
      Predicate<String> kept,
      String keptBecause) {
    this.type = type;
    this.pattern = pattern;
    this.piiGroups =
        PII_GROUPS.stream()
            .filter(group -> pattern.pattern().contains("(?<" + group + ">"))
            .toList();
    this.screen = screen;
    this.check = check;
    this.kept = kept;
    this.keptBecause = keptBecause;
  }

  private PatternDetector(
      PiiType type, String regex, Predicate<TextClues> screen, Predicate<String> check) {
    this(type, Pattern.compile(regex), screen, check, detail -> false, null);
  }

  static PatternDetector of(PiiType type, String regex, Predicate<TextClues> screen) {
    return new PatternDetector(type, regex, screen, detail -> true);
  }

  static PatternDetector of(
      PiiType type, String regex, Predicate<TextClues> screen, Predicate<String> check) {
    return new PatternDetector(type, regex, screen, check);
  }

  /**
   * This detector, but leaving the details that {@code kept} accepts, for the reason given: "a
   * freephone or service number".
   */
  PatternDetector keeping(Predicate<String> kept, String because) {
    return new PatternDetector(type, pattern, screen, check, kept, because);
  }

  @Override
  public boolean mayMatch(TextClues clues) {
    return screen.test(clues);
  }

  @Override
  public void find(String text, List<Span> found) {
    matches(text, found, false);
  }

  @Override
  public void explain(String text, List<Redactor.Reason> reasons) {
    if (keptBecause == null) {
      return;
    }
    List<Span> keptSpans = new ArrayList<>();
    matches(text, keptSpans, true);
    for (Span span : keptSpans) {
      reasons.add(new Redactor.Reason(span, "kept: " + keptBecause));
    }
  }

  /** The details of the text that this detector takes, or with {@code keptOnes} those it keeps. */
  private void matches(String text, List<Span> found, boolean keptOnes) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      int start = matcher.start();
      int end = matcher.end();
      for (String group : piiGroups) {
        if (matcher.start(group) >= 0) {
          start = matcher.start(group);
          end = matcher.end(group);
          break;
        }
      }
      String detail = text.substring(start, end);
      if (check.test(detail) && kept.test(detail) == keptOnes) {
        found.add(new Span(start, end, type));
      }
    }
  }

  static int digitCount(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    return digits;
  }
}
