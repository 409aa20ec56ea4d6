package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when a summoned department or unit reports in (报到) to a whistle.
 *
 * @param responderId an id from the whistle's {@code summonedOrgIds} or {@code summonedUnitIds}
 */
@EventType(name = "linkage.task.WhistleResponded", topic = Topics.TASK_EVENTS)
public record WhistleResponded(String whistleId, String responderId, String message, String respondedBy,
                               Instant respondedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return whistleId;
    }
}
