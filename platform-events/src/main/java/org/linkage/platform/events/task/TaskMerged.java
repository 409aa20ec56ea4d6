package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when a near-duplicate task is folded into another (基层减负: nobody is asked twice). The
 * duplicate leaves the open tasks; its issuers become owners of the kept task; its assignments to
 * organisations the kept task already reaches follow as {@link AssignmentCancelled}.
 *
 * @param taskId                 the duplicate, now MERGED
 * @param intoTaskId             the task kept
 * @param ownerOrgIds            the kept task's owners afterwards: its issuer and those of the tasks merged into it
 * @param cancelledAssignmentIds the duplicate's assignments cancelled because the kept task covers their organisation
 */
@EventType(name = "linkage.task.TaskMerged", topic = Topics.TASK_EVENTS)
public record TaskMerged(String taskId, String intoTaskId, String issuerOrgId, List<String> ownerOrgIds,
                         List<String> cancelledAssignmentIds, String mergedBy, Instant mergedAt) implements DomainEvent {

    @Override
    public String subject() {
        return taskId;
    }
}
