package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted on a warning before a deadline or when the issuer urges (催办) or supervises (督办).
 *
 * @param urgerOrgId null for an automatic WARNING
 * @param urgedBy    null for an automatic WARNING
 */
@EventType(name = "linkage.task.AssignmentUrged", topic = Topics.TASK_EVENTS)
public record AssignmentUrged(String assignmentId, String rootTaskId, String assigneeOrgId, UrgeKind kind,
                              String urgerOrgId, String message, String urgedBy, Instant urgedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
