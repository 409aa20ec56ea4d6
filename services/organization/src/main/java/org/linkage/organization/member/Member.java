package org.linkage.organization.member;

import org.linkage.platform.events.EventEnvelope;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A Party member on the community's register, with their reporting in (双报到) and unpublished events.
 *
 * @param workUnitId           the resident unit they work for, or null when it is not a registered one
 * @param workUnitName         the unit's name as of registration, or free text for an unregistered employer
 * @param residenceCommunityId the community where they live; it keeps their record
 * @param gridId               the grid of their home inside that community, or null
 * @param inService            an in-service member (在职党员), who reports in where they live
 * @param reportedIn           where and when they reported in, or null before they have
 * @param orgPath              the residence community's ancestors and the community itself, district first
 * @param version              incremented by every update; updates match {@code {_id, version}}
 */
@Document(Member.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record Member(@Id String id, String name, Gender gender, String phone, String workUnitId, String workUnitName,
                     String residenceCommunityId, String gridId, boolean inService, ReportedIn reportedIn,
                     String districtId, @Indexed List<String> orgPath, String registeredBy, long version,
                     Instant createdAt, Instant updatedAt, List<EventEnvelope> outbox) {

    public static final String COLLECTION = "members";

    /** @param gridId the grid they serve in, or null */
    public record ReportedIn(String communityId, String gridId, Instant at) {
    }

    /**
     * Whether reporting in to this community would change nothing: already reported there, and no
     * other grid asked for. A repeated report-in is then a no-op rather than a second event.
     */
    boolean hasReportedTo(String communityId, String gridId) {
        return reportedIn != null && reportedIn.communityId().equals(communityId)
                && (gridId == null || gridId.equals(reportedIn.gridId()));
    }

    /**
     * The state after reporting in, without events: the caller appends those in the same write. At home
     * the member serves in their own grid unless another is named; elsewhere only in a named one.
     */
    Member reportedIn(String communityId, String requestedGridId, Instant at) {
        String servedGridId = requestedGridId != null || !communityId.equals(residenceCommunityId) ? requestedGridId : gridId;
        return new Member(id, name, gender, phone, workUnitId, workUnitName, residenceCommunityId, gridId, inService,
                new ReportedIn(communityId, servedGridId, at), districtId, orgPath, registeredBy, version + 1, createdAt, at,
                List.of());
    }

    Member withOutbox(List<EventEnvelope> events) {
        return new Member(id, name, gender, phone, workUnitId, workUnitName, residenceCommunityId, gridId, inService,
                reportedIn, districtId, orgPath, registeredBy, version, createdAt, updatedAt, events);
    }
}
