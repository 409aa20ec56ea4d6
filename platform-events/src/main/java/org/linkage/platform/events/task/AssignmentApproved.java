package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when the reviewing organisation accepts a report; the assignment is complete. */
@EventType(name = "linkage.task.AssignmentApproved", topic = Topics.TASK_EVENTS)
public record AssignmentApproved(String assignmentId, String rootTaskId, String assigneeOrgId, String reviewerOrgId,
                                 String comment, String approvedBy, Instant approvedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
