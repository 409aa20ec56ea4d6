package org.linkage.taskdispatch.assignment;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.task.AssignmentApproved;
import org.linkage.platform.events.task.AssignmentCancelled;
import org.linkage.platform.events.task.AssignmentDispatched;
import org.linkage.platform.events.task.AssignmentEscalated;
import org.linkage.platform.events.task.AssignmentExtensionGranted;
import org.linkage.platform.events.task.AssignmentExtensionRefused;
import org.linkage.platform.events.task.AssignmentExtensionRequested;
import org.linkage.platform.events.task.AssignmentOverdue;
import org.linkage.platform.events.task.AssignmentReceiptOverdue;
import org.linkage.platform.events.task.AssignmentUrged;
import org.linkage.platform.events.task.UrgeKind;
import org.linkage.platform.events.task.AssignmentIssued;
import org.linkage.platform.events.task.AssignmentReceived;
import org.linkage.platform.events.task.AssignmentReported;
import org.linkage.platform.events.task.AssignmentReturned;
import org.linkage.platform.events.task.AssignmentInsisted;
import org.linkage.platform.events.task.AssignmentRetargeted;
import org.linkage.platform.events.task.AssignmentSentBack;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.platform.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** The events of an assignment's transitions, every one keyed by the root task id so the cascade stays in order. */
@Component
public class AssignmentEvents {

    private final Outbox outbox;

    public AssignmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param issuedBy the dispatching user, or null when fanned out from the task */
    public EventEnvelope issued(Assignment a, TaskMode mode, String issuedBy) {
        Terms terms = a.terms();
        return envelope(a, new AssignmentIssued(a.id(), a.taskId(), a.parentAssignmentId(), a.issuerOrgId(),
                a.assigneeOrgId(), null, mode, terms.instructions(), terms.receiptDueAt(), terms.dueAt(), issuedBy,
                a.issuedAt()));
    }

    public EventEnvelope dispatched(Assignment a, List<String> childIds, String dispatchedBy, Instant at) {
        return envelope(a, new AssignmentDispatched(a.id(), a.taskId(), a.assigneeOrgId(), childIds, dispatchedBy, at));
    }

    public EventEnvelope received(Assignment a, Actor actor, Instant at) {
        return envelope(a, new AssignmentReceived(a.id(), a.taskId(), a.assigneeOrgId(), actor.userId(), at));
    }

    public EventEnvelope reported(Assignment a, Report report) {
        return envelope(a, new AssignmentReported(a.id(), a.taskId(), a.assigneeOrgId(), report.summary(),
                report.attachmentIds(), report.reportedBy(), report.reportedAt()));
    }

    public EventEnvelope approved(Assignment a, String comment, Actor actor, Instant at) {
        return envelope(a, new AssignmentApproved(a.id(), a.taskId(), a.assigneeOrgId(), actor.orgId(), comment,
                actor.userId(), at));
    }

    public EventEnvelope returned(Assignment a, String reason, Actor actor, Instant at) {
        return envelope(a, new AssignmentReturned(a.id(), a.taskId(), a.assigneeOrgId(), actor.orgId(), reason, null,
                actor.userId(), at));
    }

    public EventEnvelope cancelled(Assignment a, String reason, Actor actor, Instant at) {
        return envelope(a, new AssignmentCancelled(a.id(), a.taskId(), a.assigneeOrgId(), reason, actor.userId(), at));
    }

    public EventEnvelope receiptOverdue(Assignment a, Instant at) {
        return envelope(a, new AssignmentReceiptOverdue(a.id(), a.taskId(), a.assigneeOrgId(), a.terms().receiptDueAt(), at));
    }

    public EventEnvelope overdue(Assignment a, Instant at) {
        return envelope(a, new AssignmentOverdue(a.id(), a.taskId(), a.assigneeOrgId(), a.terms().dueAt(), at));
    }

    /** @param escalatedBy null when escalated automatically */
    public EventEnvelope escalated(Assignment a, String toOrgId, String reason, String escalatedBy, Instant at) {
        return envelope(a, new AssignmentEscalated(a.id(), a.taskId(), a.assigneeOrgId(), toOrgId, reason, escalatedBy, at));
    }

    /** A warning (actor SYSTEM), an urge or a supervision. */
    public EventEnvelope urged(Assignment a, UrgeKind kind, String message, Actor actor, Instant at) {
        return envelope(a, new AssignmentUrged(a.id(), a.taskId(), a.assigneeOrgId(), kind, actor.orgId(), message,
                actor.userId(), at));
    }

    public EventEnvelope extensionRequested(Assignment a, Extension e) {
        return envelope(a, new AssignmentExtensionRequested(a.id(), a.taskId(), a.assigneeOrgId(), e.reason(),
                e.previousDueAt(), e.requestedDueAt(), e.requestedBy(), e.requestedAt()));
    }

    public EventEnvelope extensionGranted(Assignment a, Extension e, Actor actor, Instant at) {
        return envelope(a, new AssignmentExtensionGranted(a.id(), a.taskId(), a.assigneeOrgId(), e.previousDueAt(),
                e.requestedDueAt(), actor.orgId(), actor.userId(), at));
    }

    public EventEnvelope extensionRefused(Assignment a, String reason, Actor actor, Instant at) {
        return envelope(a, new AssignmentExtensionRefused(a.id(), a.taskId(), a.assigneeOrgId(), reason, actor.orgId(),
                actor.userId(), at));
    }

    public EventEnvelope sentBack(Assignment a, SendBack sendBack) {
        return envelope(a, new AssignmentSentBack(a.id(), a.taskId(), a.assigneeOrgId(), a.issuerOrgId(), sendBack.reason(),
                sendBack.suggestedOrgId(), sendBack.sentBackBy(), sendBack.sentBackAt()));
    }

    public EventEnvelope insisted(Assignment a, String comment, Actor actor, Instant at) {
        return envelope(a, new AssignmentInsisted(a.id(), a.taskId(), a.assigneeOrgId(), actor.orgId(), comment,
                actor.userId(), at));
    }

    public EventEnvelope retargeted(Assignment a, Assignment replacement, String reason, Actor actor, Instant at) {
        return envelope(a, new AssignmentRetargeted(a.id(), a.taskId(), a.assigneeOrgId(), replacement.assigneeOrgId(),
                replacement.id(), reason, actor.userId(), at));
    }

    private EventEnvelope envelope(Assignment a, DomainEvent event) {
        return outbox.envelope(event, a.taskId());
    }
}
