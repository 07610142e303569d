package org.goalshift.samplegen;

import java.util.ArrayList;
import java.util.List;

/**
 * A text fragment with {slot} placeholders, parsed once so that composing millions of goal texts
 * only appends literals and expands slots.
 */
final class Phrase {
  /** What a placeholder stands for: a pronoun of the voice, or a topic's fragment list. */
  enum Slot {
    MY,
    ME,
    MYSELF,
    I,
    FEEL,
    AM,
    NOUN,
    FEELING,
    HABIT,
    TARGET,
    TRIGGER,
    SIGN,
    VALUED,
    STATE,
    WHEN,
    PERSON,
    DOMAIN
  }

  /** Fills slots while a phrase is appended. */
  interface Expander {
    void expand(Slot slot, StringBuilder out);
  }

  private final String[] literals;
  private final Slot[] slots;

  private Phrase(String[] literals, Slot[] slots) {
    this.literals = literals;
    this.slots = slots;
  }

  static Phrase of(String template) {
    List<String> literals = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    int from = 0;
    int open = template.indexOf('{');
    while (open >= 0) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("Unclosed slot in phrase: " + template);
      }
      literals.add(template.substring(from, open));
      slots.add(Slot.valueOf(template.substring(open + 1, close).toUpperCase()));
      from = close + 1;
      open = template.indexOf('{', from);
    }
    literals.add(template.substring(from));
    return new Phrase(literals.toArray(String[]::new), slots.toArray(Slot[]::new));
  }

  static Phrase[] all(String... templates) {
    Phrase[] phrases = new Phrase[templates.length];
    for (int i = 0; i < templates.length; i++) {
      phrases[i] = of(templates[i]);
    }
    return phrases;
  }

  /** A phrase written as a whole sentence takes no "I want to" in front of it. */
  boolean standsAlone() {
    return !literals[0].isEmpty() && !Character.isLowerCase(literals[0].charAt(0));
  }

  void appendTo(StringBuilder out, Expander expander) {
    out.append(literals[0]);
    for (int i = 0; i < slots.length; i++) {
      expander.expand(slots[i], out);
      out.append(literals[i + 1]);
    }
  }
}
