package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when the assignee signs for (签收) an assignment. */
@EventType(name = "linkage.task.AssignmentReceived", topic = Topics.TASK_EVENTS)
public record AssignmentReceived(String assignmentId, String rootTaskId, String assigneeOrgId, String receivedBy,
                                 Instant receivedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
