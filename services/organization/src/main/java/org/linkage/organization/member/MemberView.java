package org.linkage.organization.member;

import java.time.Instant;

/** A Party member as the API shows it: no ancestry, no pending events. */
public record MemberView(String id, String name, Gender gender, String phone, String workUnitId, String workUnitName,
                         String residenceCommunityId, String gridId, boolean inService, Member.ReportedIn reportedIn,
                         String districtId, long version, Instant createdAt, Instant updatedAt) {

    public static MemberView of(Member member) {
        return of(member, member.phone());
    }

    /** For lists, which pass many people's numbers before many eyes. */
    public static MemberView masked(Member member) {
        return of(member, PhoneMask.mask(member.phone()));
    }

    private static MemberView of(Member member, String phone) {
        return new MemberView(member.id(), member.name(), member.gender(), phone, member.workUnitId(), member.workUnitName(),
                member.residenceCommunityId(), member.gridId(), member.inService(), member.reportedIn(), member.districtId(),
                member.version(), member.createdAt(), member.updatedAt());
    }
}
