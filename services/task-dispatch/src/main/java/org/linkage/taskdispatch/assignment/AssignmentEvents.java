package org.linkage.taskdispatch.assignment;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.task.AssignmentApproved;
import org.linkage.platform.events.task.AssignmentCancelled;
import org.linkage.platform.events.task.AssignmentDispatched;
import org.linkage.platform.events.task.AssignmentIssued;
import org.linkage.platform.events.task.AssignmentReceived;
import org.linkage.platform.events.task.AssignmentReported;
import org.linkage.platform.events.task.AssignmentReturned;
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

    private EventEnvelope envelope(Assignment a, DomainEvent event) {
        return outbox.envelope(event, a.taskId());
    }
}
