package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when an assignment is withdrawn, alone or because its task was cancelled. */
@EventType(name = "linkage.task.AssignmentCancelled", topic = Topics.TASK_EVENTS)
public record AssignmentCancelled(String assignmentId, String rootTaskId, String assigneeOrgId, String reason,
                                  String cancelledBy, Instant cancelledAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
