package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted after every change to an organisation: its full latest state, keyed by {@code orgId} on the
 * compacted topic, so a new consumer can build its copy of the tree without replaying the history.
 *
 * @param version increases with every change; a consumer drops a snapshot older than the state it holds
 */
@EventType(name = "linkage.org.OrgSnapshot", topic = Topics.ORG_SNAPSHOTS)
public record OrgSnapshot(String orgId, String districtId, String parentId, List<String> path, OrgTier tier,
                          OrgKind kind, String code, String name, boolean retired, long version, Instant updatedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return orgId;
    }
}
