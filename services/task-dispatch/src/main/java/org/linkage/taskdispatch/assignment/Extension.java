package org.linkage.taskdispatch.assignment;

import java.time.Instant;

/**
 * The latest extension request (延期) of an assignment and what the parent decided.
 *
 * @param decidedBy null while PENDING
 * @param refusal   the parent's reason when REFUSED
 */
public record Extension(String reason, Instant previousDueAt, Instant requestedDueAt, String requestedBy,
                        Instant requestedAt, Status status, String decidedBy, Instant decidedAt, String refusal) {

    public enum Status { PENDING, GRANTED, REFUSED }

    public Extension decided(Status outcome, String by, Instant at, String refusalReason) {
        return new Extension(reason, previousDueAt, requestedDueAt, requestedBy, requestedAt, outcome, by, at, refusalReason);
    }
}
