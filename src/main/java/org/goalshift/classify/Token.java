package org.goalshift.classify;

/**
 * A normalised word, number or symbol of a goal text.
 *
 * @param text lower-case form with apostrophes removed ("don't" becomes "dont")
 * @param number true for digits, possibly with decimal or thousands separators
 * @param sentence index of the sentence the token is in (full stops, line breaks, semicolons)
 * @param clause index of the clause the token is in (also commas, colons and dashes)
 */
record Token(String text, boolean number, int sentence, int clause) {}
