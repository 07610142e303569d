package org.goalshift.samplegen;

import org.goalshift.schema.Label;

/**
 * One goal version as the export writes it, plus what the generator meant by it.
 *
 * @param fields the nine contract columns in {@link org.goalshift.schema.InputSchema#CONTRACT}
 *     order
 * @param monthIndex months since the first exported month, which decides the file
 * @param intendedLabel the framing the text was composed for (not written; for tests)
 */
record ExportRow(String[] fields, int monthIndex, Label intendedLabel) {
  static final int GOAL_ID = 0;
  static final int THERAPIST_ID = 2;
  static final int VERSION = 4;
  static final int RECORDED_AT = 5;
  static final int GOAL_TEXT = 6;
  static final int SESSION_NUMBER = 7;
  static final int STATUS = 8;

  ExportRow withField(int index, String value) {
    String[] changed = fields.clone();
    changed[index] = value;
    return new ExportRow(changed, monthIndex, intendedLabel);
  }
}
