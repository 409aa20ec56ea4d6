package org.linkage.taskdispatch.assignment;

/**
 * Where an assignment stands: {@code ISSUED → RECEIVED → REPORTED → APPROVED}; a relay street goes
 * {@code RECEIVED → DISPATCHED} and back to {@code REPORTED} by roll-up; {@code RETURNED} is back to
 * work; {@code SENT_BACK} (退单) while its reviewer decides whether to re-target it or insist;
 * {@code CANCELLED} when its task is withdrawn or it was re-targeted.
 */
public enum AssignmentState {
    ISSUED,
    RECEIVED,
    DISPATCHED,
    REPORTED,
    APPROVED,
    RETURNED,
    SENT_BACK,
    CANCELLED;

    /** Still on someone's to-do list. */
    public boolean isOpen() {
        return this != APPROVED && this != CANCELLED;
    }
}
