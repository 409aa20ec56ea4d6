package org.linkage.taskdispatch.task;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.task.TaskCancelled;
import org.linkage.platform.events.task.TaskClosed;
import org.linkage.platform.events.task.TaskIssued;
import org.linkage.platform.events.task.TaskMerged;
import org.linkage.platform.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The events of a task, keyed by its own id: the root of the cascade. */
@Component
public class TaskEvents {

    private final Outbox outbox;

    public TaskEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public EventEnvelope issued(Task task) {
        Integer communityPercent = task.streetShare() == null ? null
                : (int) Math.round((1 - task.streetShare()) * 100);
        return outbox.envelope(new TaskIssued(task.id(), task.districtId(), task.issuerOrgId(), task.issuerUserId(),
                task.title(), task.body(), task.category(), task.priority(), task.mode(), task.scope(),
                task.targetOrgIds(), task.targetUnitCategory(), task.receiptDueAt(), task.dueAt(), communityPercent, task.issuedAt(),
                task.attachmentIds()),
                task.id());
    }

    public EventEnvelope closed(Task task, String summary, Instant at) {
        return outbox.envelope(new TaskClosed(task.id(), task.issuerOrgId(), summary, null, at), task.id());
    }

    public EventEnvelope cancelled(Task task, String reason, String cancelledBy, Instant at) {
        return outbox.envelope(new TaskCancelled(task.id(), task.issuerOrgId(), reason, cancelledBy, at), task.id());
    }

    /** Keyed by the duplicate: the end of its cascade. */
    public EventEnvelope merged(Task duplicate, MergeApplier.Plan plan) {
        return outbox.envelope(new TaskMerged(duplicate.id(), plan.intoTaskId(), duplicate.issuerOrgId(),
                plan.ownerOrgIds(), plan.cancelAssignmentIds(), plan.userId(), plan.at()), duplicate.id());
    }
}
