package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when a resident unit registers (报到) to a community or street; moving elsewhere is an
 * unregistration followed by a new registration.
 *
 * @param orgId         the community or street it registered to
 * @param creditCode    unified social credit code (统一社会信用代码), or null if it has none
 * @param contactUserId the user who answers for the unit (notifications, whistles), or null
 */
@EventType(name = "linkage.org.UnitRegistered", topic = Topics.ORG_EVENTS)
public record UnitRegistered(String unitId, String districtId, String orgId, String name, UnitCategory category,
                             String creditCode, String contactUserId, String registeredBy, Instant registeredAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
