package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when the reviewer refuses a send-back (退单) and the assignment is back with its assignee, to be received again. */
@EventType(name = "linkage.task.AssignmentInsisted", topic = Topics.TASK_EVENTS)
public record AssignmentInsisted(String assignmentId, String rootTaskId, String assigneeOrgId, String reviewerOrgId,
                                 String comment, String insistedBy, Instant insistedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
