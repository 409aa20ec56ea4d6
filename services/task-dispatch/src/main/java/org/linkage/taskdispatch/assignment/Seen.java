package org.linkage.taskdispatch.assignment;

import java.time.Instant;

/**
 * A read receipt: a user opened (or acknowledged) a notification about the assignment.
 *
 * @param acknowledged whether the user explicitly acknowledged a must-acknowledge notification
 */
public record Seen(Instant at, boolean acknowledged) {
}
