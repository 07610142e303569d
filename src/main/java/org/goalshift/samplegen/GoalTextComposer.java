package org.goalshift.samplegen;

import java.util.Locale;
import java.util.SplittableRandom;
import org.goalshift.schema.Label;

/**
 * Writes one goal text for a framing, a topic and a voice: an opening, a framing phrase with its
 * slots filled from the topic, and now and then a second sentence, a second goal on a new line, a
 * typo, lower case or curly quotes, as real exports have them.
 */
final class GoalTextComposer {
  /** Misspellings and shorthand seen in exports; each pair is tried in turn from a random start. */
  private static final String[][] TYPOS = {
    {"anxiety", "anxeity"},
    {"don't", "dont"},
    {"won't", "wont"},
    {"definitely", "definately"},
    {"without", "w/out"},
    {"with ", "w/ "},
    {"really", "realy"},
    {"about", "abt"},
    {"because", "bc"},
    {"myself", "my self"},
    {"I'm", "im"},
    {"the ", "teh "},
    {"feel ", "feeel "},
  };

  private SplittableRandom random;
  private Topic topic;
  private Voice voice;

  /** Expands slots from the current topic and voice; a field so the hot path allocates nothing. */
  private final Phrase.Expander expander = this::expandSlot;

  String compose(SplittableRandom random, Label label, Topic topic, Voice voice, boolean american) {
    this.random = random;
    this.topic = topic;
    this.voice = voice;
    StringBuilder text = new StringBuilder(96);
    double layout = random.nextDouble();
    if (layout < 0.02) {
      // Two goals on two lines, as typed into one box: a list takes no "I want to".
      text.append(random.nextBoolean() ? "Goal 1: " : "1. ");
      appendGoal(text, label, false);
      text.append(random.nextBoolean() ? "\nGoal 2: " : "\n2. ");
      appendGoal(text, label, false);
    } else {
      appendGoal(text, label, true);
      if (layout > 0.96) {
        text.append(random.nextBoolean() ? ". " : ".\n");
        pick(GoalPhrases.CONTEXT).appendTo(text, expander);
      } else if (random.nextDouble() < 0.3) {
        text.append('.');
      }
    }
    String written = text.toString();
    if (american) {
      written = Spelling.american(written);
    }
    return roughen(written);
  }

  private void appendGoal(StringBuilder text, Label label, boolean withOpening) {
    if (label == Label.UNCLASSIFIED && random.nextDouble() < 0.45) {
      if (random.nextDouble() < 0.3) {
        text.append(topic.heading());
      } else {
        pick(GoalPhrases.UNCLASSIFIED_STANDALONE).appendTo(text, expander);
      }
      return;
    }
    Phrase framing =
        switch (label) {
          case PERFORMANCE_TARGET -> pick(GoalPhrases.PERFORMANCE);
          case RELATIONSHIP_ORIENTED -> pick(GoalPhrases.RELATIONSHIP);
          case UNCLASSIFIED -> pick(GoalPhrases.UNCLASSIFIED);
        };
    int start = text.length();
    if (withOpening && !framing.standsAlone()) {
      Phrase opening =
          voice.isClinicianNote()
              ? pick(GoalPhrases.CLINICIAN_OPENINGS)
              : pick(GoalPhrases.FIRST_PERSON_OPENINGS);
      opening.appendTo(text, expander);
    }
    boolean bareInfinitive = text.length() == start;
    framing.appendTo(text, expander);
    if (bareInfinitive) {
      text.setCharAt(start, Character.toUpperCase(text.charAt(start)));
    }
  }

  /** Typos, lower case and curly quotes, each on a small share of texts. */
  private String roughen(String text) {
    String result = text;
    if (random.nextDouble() < 0.10) {
      int first = random.nextInt(TYPOS.length);
      for (int i = 0; i < TYPOS.length; i++) {
        String[] typo = TYPOS[(first + i) % TYPOS.length];
        int at = result.indexOf(typo[0]);
        if (at >= 0) {
          result = result.substring(0, at) + typo[1] + result.substring(at + typo[0].length());
          break;
        }
      }
    }
    if (random.nextDouble() < 0.06) {
      result = result.toLowerCase(Locale.ROOT);
    }
    if (random.nextDouble() < 0.05) {
      result = curlyQuotes(result);
    }
    return result;
  }

  private static String curlyQuotes(String text) {
    StringBuilder curly = new StringBuilder(text.length());
    boolean open = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        curly.append('\u2019');
      } else if (c == '"') {
        curly.append(open ? '\u201C' : '\u201D');
        open = !open;
      } else {
        curly.append(c);
      }
    }
    return curly.toString();
  }

  private void expandSlot(Phrase.Slot slot, StringBuilder out) {
    switch (slot) {
      case MY -> out.append(voice.possessive);
      case ME -> out.append(voice.object);
      case MYSELF -> out.append(voice.reflexive);
      case I -> out.append(voice.subject);
      case FEEL -> out.append(voice.feel);
      case AM -> out.append(voice.be);
      case NOUN -> pick(topic.nouns()).appendTo(out, expander);
      case FEELING -> pick(topic.feelings()).appendTo(out, expander);
      case HABIT -> pick(topic.habits()).appendTo(out, expander);
      case TARGET -> pick(topic.targets()).appendTo(out, expander);
      case TRIGGER -> pick(topic.triggers()).appendTo(out, expander);
      case SIGN -> pick(topic.signs()).appendTo(out, expander);
      case VALUED -> pick(topic.valued()).appendTo(out, expander);
      case STATE -> pick(topic.states()).appendTo(out, expander);
      case PERSON -> pick(GoalPhrases.PEOPLE).appendTo(out, expander);
      case DOMAIN -> pick(GoalPhrases.DOMAINS).appendTo(out, expander);
      case WHEN -> {
        if (random.nextDouble() < 0.3) {
          pick(GoalPhrases.WHEN).appendTo(out, expander);
        }
      }
    }
  }

  private Phrase pick(Phrase[] phrases) {
    return phrases[random.nextInt(phrases.length)];
  }
}
