package org.linkage.platform.events.task;

/** How a task cascades below the street tier. */
public enum TaskMode {
    /** The street receives, may add instructions, and re-dispatches to its communities. */
    RELAY,
    /** Communities get their assignments at once; the street's assignment supervises them. */
    DIRECT
}
