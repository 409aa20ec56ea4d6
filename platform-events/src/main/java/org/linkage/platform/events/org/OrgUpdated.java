package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when an organisation is renamed, recoded or changes kind (a town becoming a street);
 * carries the new value of all three so consumers just overwrite. Tier and parent never change here.
 */
@EventType(name = "linkage.org.OrgUpdated", topic = Topics.ORG_EVENTS)
public record OrgUpdated(String orgId, String districtId, OrgKind kind, String code, String name,
                         String updatedBy, Instant updatedAt) implements DomainEvent {

    @Override
    public String subject() {
        return orgId;
    }
}
