package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when the parent grants an extension: the completion deadline moves to {@code newDueAt}. */
@EventType(name = "linkage.task.AssignmentExtensionGranted", topic = Topics.TASK_EVENTS)
public record AssignmentExtensionGranted(String assignmentId, String rootTaskId, String assigneeOrgId, Instant previousDueAt, Instant newDueAt, String grantedByOrgId, String grantedBy, Instant grantedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
