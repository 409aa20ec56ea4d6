package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when the reviewer accepts a send-back (退单) and re-targets the work: this assignment is
 * cancelled and {@code newAssignmentId} issued to {@code toOrgId} with the same terms.
 */
@EventType(name = "linkage.task.AssignmentRetargeted", topic = Topics.TASK_EVENTS)
public record AssignmentRetargeted(String assignmentId, String rootTaskId, String fromOrgId, String toOrgId,
                                   String newAssignmentId, String reason, String retargetedBy, Instant retargetedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
