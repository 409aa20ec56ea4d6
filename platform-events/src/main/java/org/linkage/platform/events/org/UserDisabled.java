package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/** Emitted when a login is disabled (staff left, unit unregistered); its history keeps the user id. */
@EventType(name = "linkage.org.UserDisabled", topic = Topics.ORG_EVENTS)
public record UserDisabled(String userId, String districtId, String reason, String disabledBy, Instant disabledAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return userId;
    }
}
