package org.linkage.taskdispatch.assignment;

/** What the assignee does with its assignment. */
public enum AssignmentRole {
    /** Does the work itself and reports. */
    WORK,
    /** A street in relay mode: receives, may add instructions and re-dispatch to its communities. */
    RELAY,
    /** A street in direct mode: its communities got their assignments at once; it reviews their reports. */
    SUPERVISE
}
