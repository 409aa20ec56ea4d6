package org.linkage.taskdispatch.assignment;

/** Marks the deadlines leave on an assignment, beside its state. */
public enum AssignmentFlag {
    /** Not received (签收) by its receipt deadline. */
    RECEIPT_OVERDUE,
    /** Not reported by its completion deadline (超期). */
    OVERDUE,
    /** Overdue, and put on the supervision list (督办) one tier above its issuer. */
    ESCALATED
}
