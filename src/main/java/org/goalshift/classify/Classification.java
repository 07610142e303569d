package org.goalshift.classify;

import java.util.List;
import java.util.stream.Collectors;
import org.goalshift.schema.Direction;
import org.goalshift.schema.Label;

/**
 * Both readings of one goal text, each with the cues that decided it: its framing and its
 * direction, read independently from the same tokens.
 *
 * @param label the framing
 * @param cues the framing evidence in text order, including cues outweighed by the other framing
 * @param confidence 0 to 1: how clearly the framing evidence points one way (docs/classifier.md)
 * @param direction toward something wanted, away from something unwanted, both, or neither
 * @param directionCues the direction evidence in text order, including cues that counted for
 *     nothing once turned or turned down
 * @param directionConfidence 0 to 1: how clearly the direction evidence points one way
 */
public record Classification(
    Label label,
    List<Cue> cues,
    double confidence,
    Direction direction,
    List<DirectionCue> directionCues,
    double directionConfidence) {
  public Classification {
    cues = List.copyOf(cues);
    directionCues = List.copyOf(directionCues);
  }

  /** "'stop feeling' -> eliminate a feeling; 'all the time' -> absolute word", or "" for none. */
  public String cuesText() {
    return describe(cues);
  }

  /** The direction cues in the same form as {@link #cuesText()}. */
  public String directionCuesText() {
    return describe(directionCues);
  }

  private static String describe(List<? extends Evidence> evidence) {
    return evidence.stream().map(Evidence::describe).collect(Collectors.joining("; "));
  }
}
