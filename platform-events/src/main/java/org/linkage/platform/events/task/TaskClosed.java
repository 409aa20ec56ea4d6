package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when a task is done: all its assignments approved, or the issuer closed it early.
 *
 * @param closedBy the issuing user, or null when it closed itself on the last approval
 */
@EventType(name = "linkage.task.TaskClosed", topic = Topics.TASK_EVENTS)
public record TaskClosed(String taskId, String issuerOrgId, String summary, String closedBy, Instant closedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return taskId;
    }
}
