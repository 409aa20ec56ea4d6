package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when an organisation or resident unit gets its share of a task: at issue for the top tier,
 * on re-dispatch (relay) or at once (direct) for communities.
 *
 * @param rootTaskId         the task at the root of the cascade; the Kafka key
 * @param parentAssignmentId the street assignment above a community one, else null
 * @param assigneeOrgId      the organisation answerable; for a unit, the one it registered to
 * @param assigneeUnitId     set when the task targets resident units, else null
 * @param instructions       the street's own instructions added on re-dispatch, else null
 * @param issuedBy           the dispatching user, or null when fanned out from the task automatically
 */
@EventType(name = "linkage.task.AssignmentIssued", topic = Topics.TASK_EVENTS)
public record AssignmentIssued(String assignmentId, String rootTaskId, String parentAssignmentId, String issuerOrgId,
                               String assigneeOrgId, String assigneeUnitId, TaskMode mode, String instructions,
                               Instant receiptDueAt, Instant dueAt, String issuedBy, Instant issuedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
