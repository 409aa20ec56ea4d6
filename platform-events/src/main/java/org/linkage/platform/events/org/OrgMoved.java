package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when an organisation moves to another parent within its district (e.g. a community
 * re-drawn into another street). Its descendants move with it without events of their own: consumers
 * replace the {@code oldPath} prefix of their paths with {@code newPath}. Moving across districts
 * would change the Kafka key, so it is modelled as retire + create.
 */
@EventType(name = "linkage.org.OrgMoved", topic = Topics.ORG_EVENTS)
public record OrgMoved(String orgId, String districtId, String oldParentId, String newParentId,
                       List<String> oldPath, List<String> newPath, String movedBy, Instant movedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return orgId;
    }
}
