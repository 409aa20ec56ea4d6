package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when an in-service Party member (在职党员) is entered into Linkage by the organisation
 * that keeps their record; reporting to their home community follows as {@link MemberReportedIn}.
 *
 * @param orgId      the organisation that registered the member
 * @param workUnitId the resident unit they work for, or null if it is not one
 * @param userId     their own login, or null if they have none yet
 */
@EventType(name = "linkage.org.MemberRegistered", topic = Topics.ORG_EVENTS)
public record MemberRegistered(String memberId, String districtId, String orgId, String workUnitId, String userId,
                               String name, String registeredBy, Instant registeredAt) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
