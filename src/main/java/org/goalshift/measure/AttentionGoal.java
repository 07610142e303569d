package org.goalshift.measure;

/**
 * A goal from data/attention.csv, with the text of its latest version already redacted by the
 * privacy stage.
 */
public record AttentionGoal(
    String goalId,
    String clientId,
    String therapistId,
    String supervisorId,
    long daysUnchanged,
    String latestLabel,
    String cues,
    String goalText) {}
