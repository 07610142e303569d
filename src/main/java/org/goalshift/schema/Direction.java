package org.goalshift.schema;

/**
 * Which way a goal points: toward something wanted or away from something unwanted
 * (shared/goal-labels/DIRECTION-GUIDE.md is the specification). Independent of its {@link Label}.
 */
public enum Direction {
  /** Success is the presence or increase of something wanted ("spend more time with friends"). */
  APPROACH("approach"),
  /** Success is only the absence or reduction of something unwanted ("drink less"). */
  AVOIDANCE("avoidance"),
  /** Both something unwanted to reduce and something wanted to gain ("worry less, enjoy more"). */
  MIXED("mixed"),
  /** No direction can be read: exploratory, administrative or too vague. */
  NONE("none");

  private final String code;

  Direction(String code) {
    this.code = code;
  }

  /** The value written in data files and read from gold files. */
  public String code() {
    return code;
  }

  /** Approach and mixed goals name something the client wants more of. */
  public boolean namesSomethingWanted() {
    return this == APPROACH || this == MIXED;
  }

  public static Direction fromCode(String code) {
    for (Direction direction : values()) {
      if (direction.code.equalsIgnoreCase(code.trim())) {
        return direction;
      }
    }
    throw new IllegalArgumentException(
        "Unknown direction '" + code + "': expected approach, avoidance, mixed or none");
  }
}
