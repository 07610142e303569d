package org.goalshift.schema;

/** How a goal version is framed (shared/goal-labels/GUIDE.md is the specification). */
public enum Label {
  /** Success is reaching, removing or fixing an end state ("stop feeling anxious"). */
  PERFORMANCE_TARGET("performance_target"),
  /** Success is how the person understands, relates to or responds to an experience. */
  RELATIONSHIP_ORIENTED("relationship_oriented"),
  /** Neither framing: exploratory, administrative, or too vague to tell. */
  UNCLASSIFIED("unclassified");

  private final String code;

  Label(String code) {
    this.code = code;
  }

  /** The value written in data files and read from gold-label files. */
  public String code() {
    return code;
  }

  public static Label fromCode(String code) {
    for (Label label : values()) {
      if (label.code.equalsIgnoreCase(code.trim())) {
        return label;
      }
    }
    throw new IllegalArgumentException(
        "Unknown label '"
            + code
            + "': expected performance_target, relationship_oriented or unclassified");
  }
}
