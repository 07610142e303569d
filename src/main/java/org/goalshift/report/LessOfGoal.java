package org.goalshift.report;

/**
 * An open goal of a client whose open goals all name only something to have less of, with the text
 * of its latest version already redacted by the privacy stage.
 */
public record LessOfGoal(
    String goalId,
    String clientId,
    String therapistId,
    String supervisorId,
    String directionCues,
    String goalText) {}
