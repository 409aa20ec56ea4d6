package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when the issuer withdraws a task; its open assignments follow as {@link AssignmentCancelled}. */
@EventType(name = "linkage.task.TaskCancelled", topic = Topics.TASK_EVENTS)
public record TaskCancelled(String taskId, String issuerOrgId, String reason, String cancelledBy,
                            Instant cancelledAt) implements DomainEvent {

    @Override
    public String subject() {
        return taskId;
    }
}
