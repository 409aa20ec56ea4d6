package org.linkage.taskdispatch.assignment;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.DirectoryUnit;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One organisation's share of a task. The id is deterministic, {@code <taskId>:<orgId>}, so writing
 * a cascade twice can never create a second assignment for the same organisation.
 *
 * @param taskId               the root task of the cascade; the Kafka key of every event below it
 * @param parentAssignmentId   the street assignment above a community's, else null
 * @param assigneeOrgId        the organisation, or the resident unit, that works on it
 * @param assigneeOrgPath      the assignee's ancestors, district first, without itself (a unit's: its host's and the host)
 * @param tier                 the assignee's tier; null for a resident unit
 * @param issuerOrgId          who reviews it: the parent assignment's organisation, or the task issuer
 * @param communityScope       relay street only: the communities the task chose, empty for all of them
 * @param childIds             assignments dispatched below it
 * @param approvedChildIds     those of its children approved so far; all of them rolls it up
 * @param dispatchingIntentId  set while a re-dispatch is being written; other transitions wait for it
 * @param lastDispatchIntentId the re-dispatch that completed last, so applying it again changes nothing
 * @param version              incremented by every transition; writes match {@code {_id, version}}
 * @param flags                what the deadlines did to it: RECEIPT_OVERDUE, OVERDUE, ESCALATED
 * @param warnings             the deadline warnings already sent, so each goes out once
 * @param escalatedToOrgId     whose supervision list (督办) it is on since it was escalated, else null
 * @param lastUrgedAt          when an ancestor last urged it (催办), for the rate limit
 * @param extension            the latest extension request (延期) and its outcome, else null
 * @param sendBack             the latest send-back (退单) and the reviewer's decision, else null
 * @param seenBy               read receipts from notification, by user id: who opened its notifications and when
 */
@Document(Assignment.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record Assignment(@Id String id, @Indexed String taskId, @Indexed String parentAssignmentId,
                         @Indexed String assigneeOrgId, List<String> assigneeOrgPath, String assigneeOrgName,
                         String issuerOrgId, OrgTier tier, AssignmentRole role, Terms terms,
                         List<String> communityScope, AssignmentState state, List<String> childIds,
                         List<String> approvedChildIds, Report report, String returnReason,
                         String dispatchingIntentId, String lastDispatchIntentId, List<HistoryEntry> history,
                         long version, Instant issuedAt, Instant updatedAt, List<EventEnvelope> outbox,
                         List<AssignmentFlag> flags, List<String> warnings, String escalatedToOrgId,
                         Instant lastUrgedAt, Extension extension, SendBack sendBack, Map<String, Seen> seenBy) {

    public static final String COLLECTION = "assignments";

    public Assignment {
        flags = flags == null ? List.of() : flags;
        warnings = warnings == null ? List.of() : warnings;
        seenBy = seenBy == null ? Map.of() : seenBy;
    }

    public static String idOf(String taskId, String orgId) {
        return taskId + ":" + orgId;
    }

    /** A new assignment in state ISSUED. */
    public static Assignment issue(String taskId, String parentAssignmentId, DirectoryOrg assignee, String issuerOrgId,
                                   AssignmentRole role, Terms terms, List<String> communityScope, Actor issuer,
                                   Instant at) {
        HistoryEntry issued = new HistoryEntry(AssignmentAction.ISSUE, AssignmentState.ISSUED, issuer.userId(),
                issuer.orgId(), at, null);
        return new Assignment(idOf(taskId, assignee.id()), taskId, parentAssignmentId, assignee.id(), assignee.path(),
                assignee.name(), issuerOrgId, assignee.tier(), role, terms, List.copyOf(communityScope),
                AssignmentState.ISSUED, List.of(), List.of(), null, null, null, null, List.of(issued), 0, at, at,
                List.of(), List.of(), List.of(), null, null, null, null, Map.of());
    }

    /**
     * A new assignment of a resident unit (驻区单位): its id is the unit's, its path runs through the
     * organisation it is registered with (which sees it), and it has no tier.
     */
    public static Assignment issueToUnit(String taskId, DirectoryUnit unit, DirectoryOrg host, String issuerOrgId,
                                         Terms terms, Actor issuer, Instant at) {
        HistoryEntry issued = new HistoryEntry(AssignmentAction.ISSUE, AssignmentState.ISSUED, issuer.userId(),
                issuer.orgId(), at, null);
        return new Assignment(idOf(taskId, unit.id()), taskId, null, unit.id(), host.pathIncludingSelf(), unit.name(),
                issuerOrgId, null, AssignmentRole.WORK, terms, List.of(), AssignmentState.ISSUED, List.of(), List.of(),
                null, null, null, null, List.of(issued), 0, at, at, List.of(), List.of(), List.of(), null, null, null,
                null, Map.of());
    }

    /** Whether a resident unit, rather than an organisation of the tree, holds it. */
    public boolean isUnitAssignment() {
        return tier == null;
    }

    /** This new assignment with its children already issued: a direct-mode street supervising them. */
    public Assignment dispatchedAtOnce(List<String> children) {
        List<HistoryEntry> entries = new ArrayList<>(history);
        HistoryEntry first = history.get(0);
        entries.add(new HistoryEntry(AssignmentAction.DISPATCH, AssignmentState.DISPATCHED, first.byUserId(),
                first.byOrgId(), first.at(), null));
        return new Assignment(id, taskId, parentAssignmentId, assigneeOrgId, assigneeOrgPath, assigneeOrgName,
                issuerOrgId, tier, role, terms, communityScope, AssignmentState.DISPATCHED, List.copyOf(children),
                approvedChildIds, report, returnReason, dispatchingIntentId, lastDispatchIntentId,
                List.copyOf(entries), version, issuedAt, updatedAt, outbox, flags, warnings, escalatedToOrgId,
                lastUrgedAt, extension, sendBack, seenBy);
    }

    public Assignment withOutbox(List<EventEnvelope> events) {
        return new Assignment(id, taskId, parentAssignmentId, assigneeOrgId, assigneeOrgPath, assigneeOrgName,
                issuerOrgId, tier, role, terms, communityScope, state, childIds, approvedChildIds, report, returnReason,
                dispatchingIntentId, lastDispatchIntentId, history, version, issuedAt, updatedAt, List.copyOf(events),
                flags, warnings, escalatedToOrgId, lastUrgedAt, extension, sendBack, seenBy);
    }

    public boolean isTopLevel() {
        return parentAssignmentId == null;
    }

    /** Whether a re-dispatch is being written; the assignment takes no other transition meanwhile. */
    public boolean isDispatching() {
        return dispatchingIntentId != null;
    }

    public boolean has(AssignmentFlag flag) {
        return flags.contains(flag);
    }

    /** The organisation that issued it to the assignee: the last of the assignee's ancestors. */
    public String parentOrgId() {
        return assigneeOrgPath.isEmpty() ? null : assigneeOrgPath.get(assigneeOrgPath.size() - 1);
    }

    /** One tier above the parent, where an overdue assignment is escalated; the parent itself at the top of the tree. */
    public String escalationOrgId() {
        int size = assigneeOrgPath.size();
        return size >= 2 ? assigneeOrgPath.get(size - 2) : parentOrgId();
    }

    public boolean allChildrenApproved() {
        return !childIds.isEmpty() && approvedChildIds.containsAll(childIds);
    }
}
