package org.goalshift.samplegen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.SplittableRandom;
import org.goalshift.schema.Label;

/**
 * Simulates clients one at a time: each has 1-3 goals, each goal 1-5 versions weeks or months
 * apart, recorded by the client's therapist. Only one client is in memory at a time, so any number
 * of rows streams in constant memory. Every client draws from its own random stream derived from
 * the seed and its number, so the first clients of a big run equal a small run's.
 */
final class GoalHistories {
  /** Receives the rows and decides when the run has enough. */
  interface Sink {
    boolean wantsAnotherGoal();

    boolean wantsAnotherRow();

    void accept(ExportRow row);
  }

  private static final String[] OFFSETS = {
    "Z", "Z", "+00:00", "+01:00", "+01:00", "+02:00", "-05:00", "-04:00"
  };
  private static final String[] OFFSETS_BEHIND_UTC = {"-05:00", "-04:00", "-08:00"};
  private static final String[] OFFSETS_AHEAD_OF_UTC = {"+01:00", "+02:00", "+05:30"};
  private static final Voice[] CLINICIAN_VOICES = {Voice.SHE, Voice.HE, Voice.THEY, Voice.SHE};

  private final long seed;
  private final PseudonymousIds ids;
  private final long firstDay;
  private final long lastDay;
  private final int firstMonthOrdinal;
  private final String[] therapistIds;
  private final String[] supervisorOfTherapist;
  private final double[] clinicianNoteShare;
  private final boolean[] americanSpelling;
  private final GoalTextComposer composer = new GoalTextComposer();
  private long nextClientNumber;
  private long nextGoalNumber;

  GoalHistories(
      long seed, YearMonth firstMonth, int months, int supervisors, int therapistsPerSupervisor) {
    this.seed = seed;
    this.ids = new PseudonymousIds(seed);
    this.firstDay = firstMonth.atDay(1).toEpochDay();
    this.lastDay = firstMonth.plusMonths(months - 1L).atEndOfMonth().toEpochDay();
    this.firstMonthOrdinal = ordinal(firstMonth.getYear(), firstMonth.getMonthValue());
    int therapists = supervisors * therapistsPerSupervisor;
    therapistIds = new String[therapists];
    supervisorOfTherapist = new String[therapists];
    clinicianNoteShare = new double[therapists];
    americanSpelling = new boolean[therapists];
    SplittableRandom staff = new SplittableRandom(seed);
    for (int t = 0; t < therapists; t++) {
      therapistIds[t] = ids.therapist(t);
      supervisorOfTherapist[t] = ids.supervisor(t / therapistsPerSupervisor);
      // Therapists differ in habit: some write notes about the client, some type the client's
      // words.
      clinicianNoteShare[t] = new double[] {0.1, 0.3, 0.55}[staff.nextInt(3)];
      americanSpelling[t] = staff.nextDouble() < 0.3;
    }
  }

  /** Writes the next client's goals to the sink, as many as it still wants. */
  void nextClient(Sink sink) {
    long clientNumber = nextClientNumber++;
    SplittableRandom random = new SplittableRandom(seed ^ (clientNumber * 0xBF58476D1CE4E5B9L));
    String clientId = ids.client(clientNumber);
    // A few therapists carry more clients than others, as in real caseloads.
    int therapist = (int) (therapistIds.length * Math.pow(random.nextDouble(), 1.25));
    long intake = firstDay + random.nextLong(lastDay - firstDay + 1);
    double sessionsPerWeek = 0.45 + 0.5 * random.nextDouble();
    int goals = weighted(random, 0.45, 0.35, 0.20) + 1;
    long goalStart = intake;
    for (int g = 0; g < goals; g++) {
      if (g > 0) {
        goalStart += 14 + random.nextInt(100);
      }
      if (goalStart > lastDay || !sink.wantsAnotherGoal()) {
        return;
      }
      writeGoal(random, clientId, therapist, intake, sessionsPerWeek, goalStart, sink);
    }
  }

  private void writeGoal(
      SplittableRandom random,
      String clientId,
      int therapist,
      long intake,
      double sessionsPerWeek,
      long start,
      Sink sink) {
    String goalId = ids.goal(nextGoalNumber++);
    Topic topic = GoalPhrases.TOPICS.get(random.nextInt(GoalPhrases.TOPICS.size()));
    Voice voice =
        random.nextDouble() < clinicianNoteShare[therapist]
            ? CLINICIAN_VOICES[random.nextInt(CLINICIAN_VOICES.length)]
            : Voice.FIRST_PERSON;
    boolean american = americanSpelling[therapist];
    int plannedVersions = weighted(random, 0.30, 0.30, 0.20, 0.12, 0.08) + 1;

    Label label = firstLabel(random);
    String text = composer.compose(random, label, topic, voice, american);
    long day = start;
    int session = sessionAt(intake, day, sessionsPerWeek);
    String status = "active";
    boolean closed = false;
    for (int version = 1; version <= plannedVersions; version++) {
      if (version > 1) {
        day += 7 + random.nextInt(random.nextDouble() < 0.8 ? 49 : 150);
        if (day > lastDay) {
          return;
        }
        session = Math.max(session + 1, sessionAt(intake, day, sessionsPerWeek));
        double change = random.nextDouble();
        if (closed) {
          // Closed then reopened: the client comes back to the same goal, sometimes reworded.
          closed = false;
          status = "active";
          if (change < 0.5) {
            label = nextLabel(random, label);
            text = composer.compose(random, label, topic, voice, american);
          }
        } else if (change < 0.16 || (version == plannedVersions && change < 0.4)) {
          closed = true;
          status = random.nextDouble() < 0.6 ? "achieved" : "discontinued";
          if (random.nextDouble() < 0.35) {
            label = nextLabel(random, label);
            text = composer.compose(random, label, topic, voice, american);
          }
        } else if (change < 0.28) {
          status = "active";
          text = cosmeticEdit(random, text);
        } else {
          status = random.nextDouble() < 0.7 ? "revised" : "active";
          label = nextLabel(random, label);
          text = composer.compose(random, label, topic, voice, american);
        }
      }
      if (!sink.wantsAnotherRow()) {
        return;
      }
      sink.accept(
          row(random, goalId, clientId, therapist, version, day, text, session, status, label));
    }
  }

  private ExportRow row(
      SplittableRandom random,
      String goalId,
      String clientId,
      int therapist,
      int version,
      long day,
      String text,
      int session,
      String status,
      Label label) {
    LocalDate date = LocalDate.ofEpochDay(day);
    String[] fields = {
      goalId,
      clientId,
      therapistIds[therapist],
      supervisorOfTherapist[therapist],
      Integer.toString(version),
      recordedAt(random, date),
      text,
      random.nextDouble() < 0.03 ? "" : Integer.toString(session),
      styledStatus(random, status)
    };
    int monthIndex = ordinal(date.getYear(), date.getMonthValue()) - firstMonthOrdinal;
    return new ExportRow(fields, monthIndex, label);
  }

  /** Roughly 40% performance target, 40% relationship oriented, 20% unclassified. */
  private static Label firstLabel(SplittableRandom random) {
    return switch (weighted(random, 0.4, 0.4, 0.2)) {
      case 0 -> Label.PERFORMANCE_TARGET;
      case 1 -> Label.RELATIONSHIP_ORIENTED;
      default -> Label.UNCLASSIFIED;
    };
  }

  /** Revisions drift toward relationship-oriented framing; a few go the other way. */
  private static Label nextLabel(SplittableRandom random, Label previous) {
    int next =
        switch (previous) {
          case PERFORMANCE_TARGET -> weighted(random, 0.35, 0.55, 0.10);
          case RELATIONSHIP_ORIENTED -> weighted(random, 0.10, 0.85, 0.05);
          case UNCLASSIFIED -> weighted(random, 0.35, 0.45, 0.20);
        };
    return Label.values()[next];
  }

  /** The same words with different case or spacing: recorded as a version, not a revision. */
  private static String cosmeticEdit(SplittableRandom random, String text) {
    return switch (random.nextInt(4)) {
      case 0 -> text + " ";
      case 1 -> text.replaceFirst(" ", "  ");
      case 2 ->
          Character.isUpperCase(text.charAt(0))
              ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
              : Character.toUpperCase(text.charAt(0)) + text.substring(1);
      default -> " " + text.toLowerCase(Locale.ROOT);
    };
  }

  private static int sessionAt(long intake, long day, double sessionsPerWeek) {
    return 1 + (int) ((day - intake) / 7.0 * sessionsPerWeek);
  }

  /**
   * A plain date, a local date-time or a date-time with an offset. A share of the offset times fall
   * just before or after midnight, where the written date and the UTC date differ.
   */
  private static String recordedAt(SplittableRandom random, LocalDate date) {
    double form = random.nextDouble();
    StringBuilder at = new StringBuilder(25).append(date);
    if (form < 0.5) {
      return at.toString();
    }
    if (form > 0.67 && random.nextDouble() < 0.1) {
      boolean lateEvening = random.nextBoolean();
      at.append(lateEvening ? "T23:" : "T00:");
      twoDigits(at, 5 + random.nextInt(55)).append(":00");
      String[] offsets = lateEvening ? OFFSETS_BEHIND_UTC : OFFSETS_AHEAD_OF_UTC;
      return at.append(offsets[random.nextInt(offsets.length)]).toString();
    }
    at.append('T');
    twoDigits(at, 8 + random.nextInt(12)).append(':');
    twoDigits(at, 5 * random.nextInt(12)).append(':');
    twoDigits(at, random.nextDouble() < 0.15 ? random.nextInt(60) : 0);
    if (form > 0.67) {
      at.append(OFFSETS[random.nextInt(OFFSETS.length)]);
    }
    return at.toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, int value) {
    return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  /** Statuses as exports hold them: mostly lower case, some capitalised or shouted, a few empty. */
  private static String styledStatus(SplittableRandom random, String status) {
    double style = random.nextDouble();
    if (style < 0.05) {
      return "";
    }
    if (style < 0.12) {
      return Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }
    if (style < 0.15) {
      return status.toUpperCase(Locale.ROOT);
    }
    return status;
  }

  private static int weighted(SplittableRandom random, double... weights) {
    double draw = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int ordinal(int year, int month) {
    return year * 12 + month - 1;
  }
}
