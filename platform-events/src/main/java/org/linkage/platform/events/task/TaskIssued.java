package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.org.UnitCategory;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when a district (or street) issues a task; one {@link AssignmentIssued} per assignee follows.
 * A task is the root of its cascade: {@code taskId} is the Kafka key, repeated as {@code rootTaskId}
 * by every assignment event below it.
 *
 * @param category                  the issuer's task category code, used to count burden and spot duplicates
 * @param targetOrgIds              the chosen streets or communities; empty for the other scopes
 * @param targetUnitCategory        null unless {@code scope} is UNIT_CATEGORY
 * @param receiptDueAt              sign-for (签收) deadline
 * @param dueAt                     completion (办结) deadline
 * @param communityTimeSharePercent relay mode: the share of the time to {@code dueAt} that streets must
 *                                  leave their communities; null lets each street choose
 * @param attachmentIds             files in the file store sent with the notice (added in v1; null from older producers)
 */
@EventType(name = "linkage.task.TaskIssued", topic = Topics.TASK_EVENTS)
public record TaskIssued(String taskId, String districtId, String issuerOrgId, String issuerUserId, String title,
                         String body, String category, TaskPriority priority, TaskMode mode, TargetScope scope,
                         List<String> targetOrgIds, UnitCategory targetUnitCategory, Instant receiptDueAt,
                         Instant dueAt, Integer communityTimeSharePercent, Instant issuedAt, List<String> attachmentIds)
        implements DomainEvent {

    @Override
    public String subject() {
        return taskId;
    }
}
