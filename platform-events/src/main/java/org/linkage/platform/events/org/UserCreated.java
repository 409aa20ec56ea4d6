package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when a login is created for staff, a resident unit's contact or a Party member.
 *
 * @param orgId    the organisation the user acts for; their scope is its subtree
 * @param unitId   set when the user answers for a resident unit, else null
 * @param memberId set when the user is a registered Party member, else null
 * @param roles    role names of the organization service's access model (e.g. ORG_ADMIN, TASK_ISSUER,
 *                 HANDLER, GRID_SUPERVISOR); strings because that model grows faster than this contract
 */
@EventType(name = "linkage.org.UserCreated", topic = Topics.ORG_EVENTS)
public record UserCreated(String userId, String districtId, String orgId, String unitId, String memberId,
                          String username, String displayName, List<String> roles, String createdBy,
                          Instant createdAt) implements DomainEvent {

    @Override
    public String subject() {
        return userId;
    }
}
