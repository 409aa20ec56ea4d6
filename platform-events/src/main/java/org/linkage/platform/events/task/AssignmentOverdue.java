package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted once when an assignment passes its completion deadline without approval. */
@EventType(name = "linkage.task.AssignmentOverdue", topic = Topics.TASK_EVENTS)
public record AssignmentOverdue(String assignmentId, String rootTaskId, String assigneeOrgId, Instant dueAt,
                                Instant detectedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
