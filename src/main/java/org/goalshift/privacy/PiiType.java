package org.goalshift.privacy;

/** The kinds of personal detail the redactor replaces, each with the placeholder it leaves. */
public enum PiiType {
  EMAIL,
  PHONE,
  URL,
  ADDRESS,
  DATE,
  ID,
  NAME;

  /** The text that stands in the goal where a detail of this kind was, e.g. {@code [PHONE]}. */
  public String placeholder() {
    return "[" + name() + "]";
  }
}
