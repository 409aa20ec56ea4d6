package org.linkage.taskdispatch.assignment;

import java.time.Instant;

/**
 * One transition: who did what, when.
 *
 * @param byUserId null when the system acted (fan-out, roll-up)
 * @param note     the return reason, the review comment…, or null
 */
public record HistoryEntry(AssignmentAction action, AssignmentState state, String byUserId, String byOrgId, Instant at,
                           String note) {
}
