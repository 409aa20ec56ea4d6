package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when a street or community blows the whistle (吹哨) on a problem it cannot solve alone,
 * summoning departments and resident units to report in by {@code respondDueAt}. Whistle events are
 * keyed by {@code whistleId}: a whistle is a cascade of its own.
 *
 * @param gridId   the grid where the problem is, or null
 * @param location free-text address or landmark
 */
@EventType(name = "linkage.task.WhistleRaised", topic = Topics.TASK_EVENTS)
public record WhistleRaised(String whistleId, String districtId, String raisedByOrgId, String gridId, String title,
                            String description, String category, String location, List<String> summonedOrgIds,
                            List<String> summonedUnitIds, Instant respondDueAt, String raisedBy, Instant raisedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return whistleId;
    }
}
