package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted once when a whistle's response time limit passes with summoned parties still silent.
 *
 * @param unansweredIds the summoned department and unit ids that have not responded
 */
@EventType(name = "linkage.task.WhistleOverdue", topic = Topics.TASK_EVENTS)
public record WhistleOverdue(String whistleId, List<String> unansweredIds, Instant respondDueAt, Instant detectedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return whistleId;
    }
}
