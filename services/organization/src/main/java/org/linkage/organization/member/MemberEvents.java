package org.linkage.organization.member;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.MemberRegistered;
import org.linkage.platform.events.org.MemberReportedIn;
import org.linkage.platform.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

/** The events of a Party member, keyed by district so they stay ordered with the tree they refer to. */
@Component
class MemberEvents {

    private final Outbox outbox;

    MemberEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The residence community is the organisation that keeps the member's record. */
    EventEnvelope registered(Member member) {
        return outbox.envelope(new MemberRegistered(member.id(), member.districtId(), member.residenceCommunityId(),
                member.workUnitId(), null, member.name(), member.registeredBy(), member.createdAt()), member.districtId());
    }

    /** @param districtId the district of the community reported to, which keys the event */
    EventEnvelope reportedIn(Member member, String districtId) {
        Member.ReportedIn report = member.reportedIn();
        return outbox.envelope(new MemberReportedIn(member.id(), districtId, report.communityId(), report.gridId(), report.at()),
                districtId);
    }
}
