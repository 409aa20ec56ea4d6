package org.linkage.taskdispatch.assignment;

/**
 * Where an assignment stands: {@code ISSUED → RECEIVED → REPORTED → APPROVED}; a relay street goes
 * {@code RECEIVED → DISPATCHED} and back to {@code REPORTED} by roll-up; {@code RETURNED} is back to
 * work; {@code CANCELLED} when its task is withdrawn.
 */
public enum AssignmentState {
    ISSUED,
    RECEIVED,
    DISPATCHED,
    REPORTED,
    APPROVED,
    RETURNED,
    CANCELLED;

    /** Still on someone's to-do list. */
    public boolean isOpen() {
        return this != APPROVED && this != CANCELLED;
    }
}
