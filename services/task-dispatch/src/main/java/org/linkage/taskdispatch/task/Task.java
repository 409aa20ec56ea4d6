package org.linkage.taskdispatch.task;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.events.task.TargetScope;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.platform.events.task.TaskPriority;
import org.linkage.taskdispatch.burden.BurdenWarning;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A task, the root of its cascade. Its id is the Kafka key of every event of the cascade.
 *
 * @param issuerOrgPath            the issuer's ancestors, district first, without itself
 * @param targetOrgIds             the chosen streets or communities; empty for the ALL_ scopes
 * @param streetShare              the fraction of the time from issue to due the street tier gets, or null
 * @param topAssignmentIds         the assignments directly below the task
 * @param approvedTopAssignmentIds those approved so far; all of them completes the task
 * @param version                  incremented by every change of state; writes match {@code {_id, version}}
 * @param issuerOrgIds             every organisation that owns the task: the issuer, then the issuers of the
 *                                 duplicates merged into it (null on tasks stored before merging existed)
 * @param burdenWarning            the communities this task pushed past their budget, when issued with an override
 * @param duplicateOf              the open task this one nearly duplicated when issued, or null
 * @param duplicateSimilarity      how similar the two were (character-bigram Jaccard, 0–1), or null
 * @param mergedInto               the task this one was folded into (state MERGED), or null
 * @param targetUnitCategory       the resident units' category of a UNIT_CATEGORY task, else null
 * @param attachmentIds            files already in the file store that go with the notice (references only)
 */
@Document(Task.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true),
        @CompoundIndex(name = "issuer_state", def = "{'issuerOrgId': 1, 'state': 1, 'issuedAt': -1}")
})
public record Task(@Id String id, String districtId, String issuerOrgId, List<String> issuerOrgPath,
                   String issuerUserId, String title, String body, String category, TaskPriority priority,
                   TaskMode mode, TargetScope scope, List<String> targetOrgIds, Instant receiptDueAt, Instant dueAt,
                   Double streetShare, boolean mustAcknowledge, TaskState state, List<String> topAssignmentIds,
                   List<String> approvedTopAssignmentIds, Instant issuedAt, Instant closedAt, String cancelReason,
                   long version, List<EventEnvelope> outbox, List<String> issuerOrgIds, BurdenWarning burdenWarning,
                   String duplicateOf, Double duplicateSimilarity, String mergedInto, UnitCategory targetUnitCategory,
                   List<String> attachmentIds) {

    public static final String COLLECTION = "tasks";

    @PersistenceCreator
    public Task {
        attachmentIds = attachmentIds == null ? List.of() : attachmentIds;
    }

    /** A task without owners beyond its issuer, burden warning, duplicate flag or merge. */
    public Task(String id, String districtId, String issuerOrgId, List<String> issuerOrgPath, String issuerUserId,
                String title, String body, String category, TaskPriority priority, TaskMode mode, TargetScope scope,
                List<String> targetOrgIds, Instant receiptDueAt, Instant dueAt, Double streetShare,
                boolean mustAcknowledge, TaskState state, List<String> topAssignmentIds,
                List<String> approvedTopAssignmentIds, Instant issuedAt, Instant closedAt, String cancelReason,
                long version, List<EventEnvelope> outbox) {
        this(id, districtId, issuerOrgId, issuerOrgPath, issuerUserId, title, body, category, priority, mode, scope,
                targetOrgIds, receiptDueAt, dueAt, streetShare, mustAcknowledge, state, topAssignmentIds,
                approvedTopAssignmentIds, issuedAt, closedAt, cancelReason, version, outbox,
                issuerOrgId == null ? List.of() : List.of(issuerOrgId), null, null, null, null, null, List.of());
    }

    /** This task with the unit category it addresses (scope UNIT_CATEGORY, else null) and its attachments. */
    public Task with(UnitCategory unitCategory, List<String> attachments) {
        return new Task(id, districtId, issuerOrgId, issuerOrgPath, issuerUserId, title, body, category(), priority, mode,
                scope, targetOrgIds, receiptDueAt, dueAt, streetShare, mustAcknowledge, state, topAssignmentIds,
                approvedTopAssignmentIds, issuedAt, closedAt, cancelReason, version, outbox, issuerOrgIds, burdenWarning,
                duplicateOf, duplicateSimilarity, mergedInto, unitCategory, List.copyOf(attachments));
    }

    /** This task as screened when issued: the burden warning recorded, the near duplicate flagged. */
    public Task screened(BurdenWarning warning, String duplicateOfTaskId, Double similarity) {
        return new Task(id, districtId, issuerOrgId, issuerOrgPath, issuerUserId, title, body, category, priority, mode,
                scope, targetOrgIds, receiptDueAt, dueAt, streetShare, mustAcknowledge, state, topAssignmentIds,
                approvedTopAssignmentIds, issuedAt, closedAt, cancelReason, version, outbox, issuerOrgIds, warning,
                duplicateOfTaskId, similarity, mergedInto, targetUnitCategory, attachmentIds);
    }

    /** The owners of the task; the issuer alone for tasks stored before merging existed. */
    public List<String> owners() {
        return issuerOrgIds == null || issuerOrgIds.isEmpty() ? List.of(issuerOrgId) : issuerOrgIds;
    }

    /** This task with the assignments its cascade puts directly below it. */
    public Task withTopAssignments(List<String> ids) {
        return new Task(id, districtId, issuerOrgId, issuerOrgPath, issuerUserId, title, body, category, priority, mode,
                scope, targetOrgIds, receiptDueAt, dueAt, streetShare, mustAcknowledge, state, List.copyOf(ids),
                approvedTopAssignmentIds, issuedAt, closedAt, cancelReason, version, outbox, issuerOrgIds, burdenWarning,
                duplicateOf, duplicateSimilarity, mergedInto, targetUnitCategory, attachmentIds);
    }

    public boolean allTopAssignmentsApproved() {
        return !topAssignmentIds.isEmpty() && approvedTopAssignmentIds.containsAll(topAssignmentIds);
    }
}
