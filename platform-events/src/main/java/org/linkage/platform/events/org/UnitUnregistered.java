package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when a resident unit leaves the community or street it had registered to. */
@EventType(name = "linkage.org.UnitUnregistered", topic = Topics.ORG_EVENTS)
public record UnitUnregistered(String unitId, String districtId, String orgId, String reason,
                               String unregisteredBy, Instant unregisteredAt) implements DomainEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
