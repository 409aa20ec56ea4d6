package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted after every change to a resident unit: its full latest state, keyed by {@code unitId} on the
 * compacted topic.
 *
 * @param retired true once the unit has unregistered
 * @param version increases with every change; a consumer drops a snapshot older than the state it holds
 */
@EventType(name = "linkage.org.UnitSnapshot", topic = Topics.ORG_SNAPSHOTS)
public record UnitSnapshot(String unitId, String districtId, String orgId, String name, UnitCategory category,
                           String creditCode, String contactUserId, boolean retired, long version, Instant updatedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
