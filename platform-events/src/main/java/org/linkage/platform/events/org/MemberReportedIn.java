package org.linkage.platform.events.org;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when an in-service Party member reports in (双报到) to the community where they live;
 * a later report-in replaces the earlier one.
 *
 * @param districtId the community's district, which may differ from the one that registered the member
 * @param gridId     the grid of their home, or null if not yet placed
 */
@EventType(name = "linkage.org.MemberReportedIn", topic = Topics.ORG_EVENTS)
public record MemberReportedIn(String memberId, String districtId, String communityId, String gridId,
                               Instant reportedAt) implements DomainEvent {

    @Override
    public String subject() {
        return memberId;
    }
}
