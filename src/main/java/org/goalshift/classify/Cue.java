package org.goalshift.classify;

import org.goalshift.schema.Label;

/**
 * One piece of evidence behind a framing label.
 *
 * @param phrase the words matched, as normalised ("stop feeling")
 * @param meaning what they count for, in a clinician's words ("eliminate a feeling")
 * @param framing the label this cue counted towards after negation and contrast were applied
 * @param weight how much it counted
 */
public record Cue(String phrase, String meaning, Label framing, double weight)
    implements Evidence {}
