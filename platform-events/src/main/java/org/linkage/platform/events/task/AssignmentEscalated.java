package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when an overdue assignment is escalated one tier up.
 *
 * @param escalatedBy null when escalated automatically
 */
@EventType(name = "linkage.task.AssignmentEscalated", topic = Topics.TASK_EVENTS)
public record AssignmentEscalated(String assignmentId, String rootTaskId, String assigneeOrgId, String escalatedToOrgId,
                                  String reason, String escalatedBy, Instant escalatedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
