package org.goalshift.samplegen;

/** British to American spelling, for the clinics whose staff write the American way. */
final class Spelling {
  private Spelling() {}

  private static final String[][] BRITISH_TO_AMERICAN = {
    {"recognise", "recognize"},
    {"criticise", "criticize"},
    {"apologise", "apologize"},
    {"behaviour", "behavior"},
    {"mum", "mom"},
    {"counsellor", "counselor"},
    {"practise", "practice"},
    {"realise", "realize"},
  };

  static String american(String text) {
    String result = text;
    for (String[] pair : BRITISH_TO_AMERICAN) {
      if (result.contains(pair[0])) {
        result = result.replace(pair[0], pair[1]);
      }
    }
    return result;
  }
}
