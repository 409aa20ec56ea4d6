package org.linkage.taskdispatch.assignment;

import org.linkage.platform.events.org.OrgTier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An assignment as the API shows it.
 *
 * @param dispatching whether a re-dispatch is being written right now
 * @param seenBy      read receipts by user id (a '.', '$' or '%' in an id is percent-encoded), from notification's events
 */
public record AssignmentView(String id, String taskId, String parentAssignmentId, String assigneeOrgId,
                             String assigneeOrgName, String issuerOrgId, OrgTier tier, AssignmentRole role,
                             Terms terms, List<String> communityScope, AssignmentState state, boolean dispatching,
                             List<String> childIds, int approvedChildren, Report report, String returnReason,
                             List<HistoryEntry> history, long version, Instant issuedAt, Instant updatedAt,
                             List<AssignmentFlag> flags, String escalatedToOrgId, Instant lastUrgedAt,
                             Extension extension, SendBack sendBack, Map<String, Seen> seenBy) {

    public static AssignmentView of(Assignment a) {
        return new AssignmentView(a.id(), a.taskId(), a.parentAssignmentId(), a.assigneeOrgId(), a.assigneeOrgName(),
                a.issuerOrgId(), a.tier(), a.role(), a.terms(), a.communityScope(), a.state(), a.isDispatching(),
                a.childIds(), a.approvedChildIds().size(), a.report(), a.returnReason(), a.history(), a.version(),
                a.issuedAt(), a.updatedAt(), a.flags(), a.escalatedToOrgId(), a.lastUrgedAt(),
                a.extension(), a.sendBack(), a.seenBy());
    }
}
