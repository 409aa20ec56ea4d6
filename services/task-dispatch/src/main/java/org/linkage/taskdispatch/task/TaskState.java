package org.linkage.taskdispatch.task;

/** {@code PENDING} while its cascade is being written, then {@code OPEN} until done or withdrawn. */
public enum TaskState {
    PENDING,
    OPEN,
    /** Every top-level assignment approved. */
    COMPLETED,
    /** Withdrawn by the issuer, its open assignments with it. */
    CANCELLED,
    /** Folded into a near-duplicate task ({@code mergedInto}); its assignments the other task covers are cancelled. */
    MERGED
}
