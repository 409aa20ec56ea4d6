package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when the parent refuses an extension; the deadline stays. */
@EventType(name = "linkage.task.AssignmentExtensionRefused", topic = Topics.TASK_EVENTS)
public record AssignmentExtensionRefused(String assignmentId, String rootTaskId, String assigneeOrgId, String reason, String refusedByOrgId, String refusedBy, Instant refusedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
