package org.goalshift.classify;

import org.goalshift.schema.Direction;

/**
 * One piece of evidence behind a goal's direction.
 *
 * @param phrase the words matched, as normalised ("no more")
 * @param meaning what they count for, in a clinician's words ("no more of it")
 * @param direction what the cue counted towards after turning and contrast: approach, avoidance,
 *     none (administrative or exploratory), or null when it counted for nothing
 * @param weight how much it counted (0 when it counted for nothing)
 */
public record DirectionCue(String phrase, String meaning, Direction direction, double weight)
    implements Evidence {}
