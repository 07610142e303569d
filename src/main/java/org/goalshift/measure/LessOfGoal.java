package org.goalshift.measure;

/**
 * An open goal of a client whose open goals all name only something to have less of, with the text
 * of its latest version already redacted by the privacy stage.
 *
 * @param clientOpenGoals how many open goals the client has, all of them "less of"
 */
public record LessOfGoal(
    String goalId,
    String clientId,
    String therapistId,
    String supervisorId,
    long clientOpenGoals,
    String directionCues,
    String goalText) {}
