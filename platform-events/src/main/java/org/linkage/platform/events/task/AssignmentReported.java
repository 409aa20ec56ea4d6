package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when the assignee reports the work done (反馈) for review.
 *
 * @param attachmentIds ids of the evidence files (photos, minutes) in the file store
 */
@EventType(name = "linkage.task.AssignmentReported", topic = Topics.TASK_EVENTS)
public record AssignmentReported(String assignmentId, String rootTaskId, String assigneeOrgId, String summary,
                                 List<String> attachmentIds, String reportedBy, Instant reportedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
