package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when an organisation is added to the tree: a district, department, street, community or grid.
 *
 * @param districtId the Kafka key; equals {@code orgId} for a district
 * @param parentId   null for a district
 * @param path       ancestor ids from the district down to the parent; empty for a district
 * @param createdBy  user id, or null for a bulk import
 */
@EventType(name = "linkage.org.OrgCreated", topic = Topics.ORG_EVENTS)
public record OrgCreated(String orgId, String districtId, String parentId, List<String> path, OrgTier tier,
                         OrgKind kind, String code, String name, String createdBy, Instant createdAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return orgId;
    }
}
