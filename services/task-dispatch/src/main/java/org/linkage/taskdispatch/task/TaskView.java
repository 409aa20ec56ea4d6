package org.linkage.taskdispatch.task;

import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.events.task.TargetScope;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.platform.events.task.TaskPriority;
import org.linkage.taskdispatch.burden.BurdenWarning;
import org.linkage.taskdispatch.progress.TaskProgress;

import java.time.Instant;
import java.util.List;

/**
 * A task as the API shows it.
 *
 * @param progress      the roll-up of the assignments the caller may see; null in lists
 * @param issuerOrgIds  the owners: the issuer and the issuers of duplicates merged into it
 * @param burdenWarning communities pushed past their budget by an override, or null
 * @param duplicateOf   the open task this one nearly duplicates, with {@code duplicateSimilarity}, or null
 */
public record TaskView(String id, String districtId, String issuerOrgId, String issuerUserId, String title, String body,
                       String category, TaskPriority priority, TaskMode mode, TargetScope scope,
                       List<String> targetOrgIds, Instant receiptDueAt, Instant dueAt, Double streetShare,
                       boolean mustAcknowledge, TaskState state, Instant issuedAt, Instant closedAt,
                       String cancelReason, long version, TaskProgress progress, List<String> issuerOrgIds,
                       BurdenWarning burdenWarning, String duplicateOf, Double duplicateSimilarity, String mergedInto,
                       UnitCategory targetUnitCategory, List<String> attachmentIds) {

    public static TaskView of(Task task, TaskProgress progress) {
        return new TaskView(task.id(), task.districtId(), task.issuerOrgId(), task.issuerUserId(), task.title(),
                task.body(), task.category(), task.priority(), task.mode(), task.scope(), task.targetOrgIds(),
                task.receiptDueAt(), task.dueAt(), task.streetShare(), task.mustAcknowledge(), task.state(),
                task.issuedAt(), task.closedAt(), task.cancelReason(), task.version(), progress, task.owners(),
                task.burdenWarning(), task.duplicateOf(), task.duplicateSimilarity(), task.mergedInto(),
                task.targetUnitCategory(), task.attachmentIds());
    }

    public static TaskView of(Task task) {
        return of(task, null);
    }

    public record Page(List<TaskView> items, int page, int size, long total) {
    }
}
