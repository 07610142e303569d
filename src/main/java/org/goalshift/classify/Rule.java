package org.goalshift.classify;

import java.util.List;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;

/**
 * One line of a lexicon: a phrase pattern and what it counts for. A rule belongs to one dimension:
 * framing rules have a {@code framing}, direction rules a {@code direction} or a direction-only
 * kind, and each dimension is matched with its own rules.
 *
 * @param kind whether the phrase is evidence or an operator that changes other evidence
 * @param framing the label a framing cue counts towards (unclassified for administrative or
 *     exploratory cues); null for operators and direction rules
 * @param direction what a direction cue counts towards (none for administrative or exploratory
 *     cues); null for framing rules, operators, and problem or escape cues, which count only once
 *     turned away
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
    Direction direction,
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
    RESUME,
    /**
     * Framing: words that count for nothing and only keep the shorter cues inside them from
     * matching: a time of day ("at 3am"), a shift's length, a questionnaire's name ("PHQ-9").
     */
    NEUTRAL,
    /**
     * Direction: avoidance evidence that also turns the next direction cue away ("stop", "no more",
     * "never", "without"): "stop avoiding parties" wants the parties.
     */
    TURN,
    /**
     * Direction: an unwanted behaviour or symptom ("self-harm", "snapping"); avoidance evidence
     * only when turned away, since naming it alone says nothing about what success is.
     */
    PROBLEM,
    /**
     * Direction: avoiding, suppressing or fighting the experience ("hiding", "bottling it up");
     * turned away it is a double negative and counts as approach.
     */
    ESCAPE,
    /** Direction: "so that", "so I can": what follows is a purpose, not a separate aim. */
    PURPOSE,
    /** Framing: opens a clause that may set the scene for the wanted action ("when", "even if"). */
    SETTING,
    /** Framing: an experience that can set the scene ("the panic", "the urge", "i feel"). */
    DIFFICULTY,
    /**
     * Framing: asking what something is for or about ("figure out what", "work out why");
     * relationship-oriented evidence only when a difficulty follows closely ("figure out what my
     * anger is protecting"), since an inquiry into anything else is exploration.
     */
    INQUIRY,
    /**
     * Framing: ending an escape ("stop avoiding", "no longer hiding"). A performance cue, unless
     * the sentence goes on, after "and", to a wanted action and no other target ("stop hiding from
     * my mates and go back to the pub quiz"): then it is the means of that action.
     */
    FACING,
    /**
     * Framing: relationship-oriented evidence that opens what a belief or lesson says ("learn
     * that"); the cues after it in its clause describe the belief, not the goal, and count nothing.
     */
    CONTENT,
    /**
     * Framing: administrative or exploratory evidence that names a topic to talk about ("talk
     * about", "discuss"). When it is the goal's main verb, the cues after it, to the end of its
     * clause or an "and", name the topic rather than the goal and count nothing ("talk about my
     * relationship with alcohol").
     */
    TOPIC
  }

  /** Framing evidence of its own: a cue, a content or topic opener or the end of an escape. */
  boolean isCue() {
    return kind == Kind.CUE || kind == Kind.CONTENT || kind == Kind.TOPIC || kind == Kind.FACING;
  }

  /** A direction rule that carries evidence of its own or once turned. */
  boolean isDirectionEvidence() {
    return (kind == Kind.CUE && direction != null)
        || kind == Kind.TURN
        || kind == Kind.PROBLEM
        || kind == Kind.ESCAPE;
  }
}
