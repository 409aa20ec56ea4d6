package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted after every change to a user: their full latest state, keyed by {@code userId} on the
 * compacted topic; fields as in {@link UserCreated}.
 *
 * @param version increases with every change; a consumer drops a snapshot older than the state it holds
 */
@EventType(name = "linkage.org.UserSnapshot", topic = Topics.ORG_SNAPSHOTS)
public record UserSnapshot(String userId, String districtId, String orgId, String unitId, String memberId,
                           String username, String displayName, List<String> roles, boolean disabled, long version,
                           Instant updatedAt) implements DomainEvent {

    @Override
    public String subject() {
        return userId;
    }
}
