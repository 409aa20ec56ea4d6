package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when a street re-dispatches a relay assignment to its communities; the child
 * {@link AssignmentIssued} events follow. The assignment is done when all children are approved.
 */
@EventType(name = "linkage.task.AssignmentDispatched", topic = Topics.TASK_EVENTS)
public record AssignmentDispatched(String assignmentId, String rootTaskId, String assigneeOrgId,
                                   List<String> childAssignmentIds, String dispatchedBy, Instant dispatchedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
