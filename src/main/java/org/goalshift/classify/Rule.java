package org.goalshift.classify;

import java.util.List;
import org.goalshift.schema.Label;

/**
 * One line of a lexicon: a phrase pattern and what it counts for.
 *
 * @param kind whether the phrase is framing evidence or an operator that changes other evidence
 * @param framing the label a cue counts towards (unclassified for administrative or exploratory
 *     cues); null for operators
 * @param pattern the phrase as pattern tokens; "..." marks a short gap inside one sentence
 * @param weight how much evidence the cue adds
 * @param meaning the clinician-readable gloss shown after the phrase
 * @param flipsUnderNegation false for cues that describe the wanted end state itself (e.g.
 *     "anymore"), which a plain "don't want to" does not turn round
 * @param line the line of the lexicon file, for error messages
 */
record Rule(
    Kind kind,
    Label framing,
    List<String> pattern,
    double weight,
    String meaning,
    boolean flipsUnderNegation,
    int line) {

  enum Kind {
    /** Evidence for a framing. */
    CUE,
    /** "not after", "not interested in": every cue up to the end of the clause is turned round. */
    REJECT,
    /** "don't want to", "doesn't want": the next approach cue in the clause is turned round. */
    NEGATE,
    /**
     * "rather than", "instead of": what follows up to the end of the clause is the unwanted option.
     */
    CONTRAST,
    /** "but": what came before it in the sentence is conceded and counts less. */
    CONCESSION,
    /** "I want": the writer's own wish starts again, ending a reject or contrast early. */
    RESUME
  }

  boolean isCue() {
    return kind == Kind.CUE;
  }
}
