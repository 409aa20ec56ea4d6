package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted once when an assignment passes its sign-for deadline without being received. */
@EventType(name = "linkage.task.AssignmentReceiptOverdue", topic = Topics.TASK_EVENTS)
public record AssignmentReceiptOverdue(String assignmentId, String rootTaskId, String assigneeOrgId,
                                       Instant receiptDueAt, Instant detectedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
