package org.goalshift.samplegen;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rows goalshift must refuse or de-duplicate, mixed in among the good ones. Each is made from
 * the good row written just before it, so it looks like its neighbours; all but the conflicting
 * version and the duplicates get a goal id of their own, so refusing them takes nothing from a real
 * goal.
 */
final class BadRows {
  /** One entry of the catalogue, with the reason a reader should give for it. */
  enum Kind {
    TOO_FEW_COLUMNS("wrong column count: one column short"),
    TOO_MANY_COLUMNS("wrong column count: an unquoted comma in goal_text adds a column"),
    MISSING_REQUIRED_FIELD("missing required field: therapist_id is empty"),
    VERSION_ZERO("version is not a positive integer: 0"),
    VERSION_IN_WORDS("version is not a positive integer: two"),
    VERSION_NEGATIVE("version is not a positive integer: -1"),
    UNPARSEABLE_DATE("recorded_at is not an ISO-8601 date: day/month/year"),
    IMPOSSIBLE_DATE("recorded_at is a date that does not exist: 30 February"),
    EMPTY_GOAL_TEXT("goal_text is empty"),
    CONFLICTING_VERSION("same goal_id and version as the row before, different goal_text"),
    DUPLICATE_IN_SAME_FILE("exact duplicate of the row before, in the same file"),
    DUPLICATE_IN_OTHER_FILE(
        "exact duplicate of a row of another file, as overlapping exports have"),
    /** Written last in the first file: an unclosed quote swallows everything up to end of file. */
    UNBALANCED_QUOTE("unbalanced quote: goal_text opens a quote that never closes");

    final String reason;

    Kind(String reason) {
      this.reason = reason;
    }
  }

  /** Every kind but the unbalanced quote, which can only come last. */
  private static final Kind[] MIXED_IN = Arrays.copyOf(Kind.values(), Kind.values().length - 1);

  private final ExportFiles files;
  private final PseudonymousIds ids;
  private final long interval;
  private final boolean repeat;
  private final Map<Kind, Long> written = new EnumMap<>(Kind.class);
  private long goodRowsSinceLast;
  private int nextKind;
  private long nextOwnGoal = 0xFFFF_FFFFL;
  private ExportRow lastGood;
  private int lastGoodFile;

  private BadRows(ExportFiles files, PseudonymousIds ids, long interval, boolean repeat) {
    this.files = files;
    this.ids = ids;
    this.interval = interval;
    this.repeat = repeat;
  }

  /** Nothing bad: the rows are all usable (benchmarks). */
  static BadRows none(ExportFiles files, PseudonymousIds ids) {
    return new BadRows(files, ids, Long.MAX_VALUE, false);
  }

  /** Each kind exactly once, spread evenly over a run of about {@code expectedRows}. */
  static BadRows catalogue(ExportFiles files, PseudonymousIds ids, long expectedRows) {
    return new BadRows(files, ids, Math.max(1, expectedRows / (MIXED_IN.length + 1)), false);
  }

  /** The catalogue over and over, one bad row after every {@code 1/share} good rows. */
  static BadRows share(ExportFiles files, PseudonymousIds ids, double share) {
    return new BadRows(files, ids, Math.max(1, Math.round(1 / share)), true);
  }

  private boolean enabled() {
    return interval != Long.MAX_VALUE;
  }

  void afterGoodRow(ExportRow row, int file) {
    lastGood = row;
    lastGoodFile = file;
    if (++goodRowsSinceLast >= interval && (repeat || nextKind < MIXED_IN.length)) {
      goodRowsSinceLast = 0;
      write(MIXED_IN[nextKind++ % MIXED_IN.length]);
    }
  }

  /**
   * Completes the catalogue of a short run, then closes the first file with the unbalanced quote.
   */
  void finish() {
    if (!enabled() || lastGood == null) {
      return;
    }
    while (nextKind < MIXED_IN.length) {
      write(MIXED_IN[nextKind++]);
    }
    write(Kind.UNBALANCED_QUOTE);
  }

  Map<Kind, Long> written() {
    return written;
  }

  long total() {
    return written.values().stream().mapToLong(Long::longValue).sum();
  }

  private void write(Kind kind) {
    int file = lastGoodFile;
    ExportRow own = lastGood.withField(ExportRow.GOAL_ID, ids.goal(nextOwnGoal--));
    String date = lastGood.fields()[ExportRow.RECORDED_AT].substring(0, 10);
    switch (kind) {
      case TOO_FEW_COLUMNS -> {
        String[] inOrder = files.inFileOrder(file, own.fields());
        files.writeRaw(
            file, ExportFiles.FORMAT.format((Object[]) Arrays.copyOf(inOrder, inOrder.length - 1)));
      }
      case TOO_MANY_COLUMNS ->
          files.writeRaw(
              file,
              unquoted(
                  file,
                  own.withField(ExportRow.GOAL_TEXT, "Cope better with work, money and the kids")));
      case MISSING_REQUIRED_FIELD ->
          files.write(file, own.withField(ExportRow.THERAPIST_ID, "").fields());
      case VERSION_ZERO -> files.write(file, own.withField(ExportRow.VERSION, "0").fields());
      case VERSION_IN_WORDS -> files.write(file, own.withField(ExportRow.VERSION, "two").fields());
      case VERSION_NEGATIVE -> files.write(file, own.withField(ExportRow.VERSION, "-1").fields());
      case UNPARSEABLE_DATE ->
          files.write(
              file,
              own.withField(
                      ExportRow.RECORDED_AT,
                      date.substring(8, 10)
                          + "/"
                          + date.substring(5, 7)
                          + "/"
                          + date.substring(0, 4))
                  .fields());
      case IMPOSSIBLE_DATE ->
          files.write(
              file, own.withField(ExportRow.RECORDED_AT, date.substring(0, 4) + "-02-30").fields());
      case EMPTY_GOAL_TEXT -> files.write(file, own.withField(ExportRow.GOAL_TEXT, "").fields());
      case CONFLICTING_VERSION ->
          files.write(
              file,
              lastGood.withField(ExportRow.GOAL_TEXT, "Feel more settled day to day").fields());
      case DUPLICATE_IN_SAME_FILE -> files.write(file, lastGood.fields());
      case DUPLICATE_IN_OTHER_FILE ->
          files.write((file + 1) % files.fileCount(), lastGood.fields());
      case UNBALANCED_QUOTE ->
          files.writeRaw(
              0, unquoted(0, own.withField(ExportRow.GOAL_TEXT, "\"Feel less on edge at night")));
    }
    written.merge(kind, 1L, Long::sum);
  }

  /** The fields joined with commas and no quoting at all, as a careless export tool writes them. */
  private String unquoted(int file, ExportRow row) {
    return String.join(",", files.inFileOrder(file, row.fields()));
  }
}
