package org.linkage.taskdispatch.assignment;

import org.linkage.platform.events.task.TaskPriority;

import java.time.Instant;

/**
 * What the assignee was asked to do, and by when.
 *
 * @param instructions the street's own instructions added on re-dispatch, else null
 * @param tierDueAt    by when the street should have done its own part (relay: received and re-dispatched),
 *                     derived from the task's street share of the time; null without a share
 */
public record Terms(String title, TaskPriority priority, String instructions, Instant receiptDueAt, Instant dueAt,
                   Instant tierDueAt) {
}
