package org.goalshift.classify;

import java.util.List;
import java.util.stream.Collectors;
import org.goalshift.schema.Label;

/**
 * The label of one goal text with the cues that decided it.
 *
 * @param label the framing
 * @param cues the evidence in text order, including cues outweighed by the other framing
 * @param confidence 0 to 1: how clearly the evidence points one way (docs/classifier.md)
 */
public record Classification(Label label, List<Cue> cues, double confidence) {
  public Classification {
    cues = List.copyOf(cues);
  }

  /** "'stop feeling' -> eliminate a feeling; 'all the time' -> absolute word", or "" for none. */
  public String cuesText() {
    return cues.stream().map(Cue::describe).collect(Collectors.joining("; "));
  }
}
