package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when an organisation is dissolved or merged away; its history stays, it gets no new work.
 *
 * @param successorOrgId the organisation that takes over its open work (a merge), or null
 */
@EventType(name = "linkage.org.OrgRetired", topic = Topics.ORG_EVENTS)
public record OrgRetired(String orgId, String districtId, String successorOrgId, String reason,
                         String retiredBy, Instant retiredAt) implements DomainEvent {

    @Override
    public String subject() {
        return orgId;
    }
}
