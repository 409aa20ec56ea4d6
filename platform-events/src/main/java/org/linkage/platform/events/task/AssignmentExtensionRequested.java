package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when the assignee asks for a later completion deadline (延期). */
@EventType(name = "linkage.task.AssignmentExtensionRequested", topic = Topics.TASK_EVENTS)
public record AssignmentExtensionRequested(String assignmentId, String rootTaskId, String assigneeOrgId, String reason, Instant currentDueAt, Instant requestedDueAt, String requestedBy, Instant requestedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
