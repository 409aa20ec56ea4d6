package org.linkage.taskdispatch.deadline;

import java.time.Duration;

/**
 * The due items the deadlines schedule. A deadline's item id is the assignment id; a warning's is
 * {@code <assignmentId>|<offset>}.
 */
enum DeadlineKind {
    RECEIPT("deadline.receipt"),
    DUE("deadline.due"),
    RECEIPT_WARNING("deadline.receipt-warning"),
    DUE_WARNING("deadline.due-warning");

    private static final String SEPARATOR = "|";

    private final String kind;

    DeadlineKind(String kind) {
        this.kind = kind;
    }

    String kind() {
        return kind;
    }

    static String warningId(String assignmentId, Duration offset) {
        return assignmentId + SEPARATOR + offset;
    }

    static String assignmentOf(String warningId) {
        return warningId.substring(0, warningId.lastIndexOf(SEPARATOR));
    }
}
