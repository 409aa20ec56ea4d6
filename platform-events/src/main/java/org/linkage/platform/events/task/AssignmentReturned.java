package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when the reviewer sends a report back to work (退回).
 *
 * @param dueAt the new completion deadline, or null to keep the old one
 */
@EventType(name = "linkage.task.AssignmentReturned", topic = Topics.TASK_EVENTS)
public record AssignmentReturned(String assignmentId, String rootTaskId, String assigneeOrgId, String reviewerOrgId,
                                 String reason, Instant dueAt, String returnedBy, Instant returnedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
