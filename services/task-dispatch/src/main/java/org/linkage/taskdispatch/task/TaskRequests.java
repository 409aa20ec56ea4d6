package org.linkage.taskdispatch.task;

import jakarta.validation.Valid;
import org.linkage.platform.events.org.UnitCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linkage.platform.events.task.TargetScope;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.platform.events.task.TaskPriority;

import java.time.Instant;
import java.util.List;

/** Request bodies of the task API. Unknown fields are refused (platform-web defaults). */
public final class TaskRequests {

    private TaskRequests() {
    }

    /**
     * @param targetOrgIds       the chosen streets or communities for scope STREETS or COMMUNITIES, else empty
     * @param targetUnitCategory for scope UNIT_CATEGORY: every registered unit of it in the issuer's subtree
     * @param tierShares      optional share of the time each tier gets
     * @param mustAcknowledge notification escalates the notice while unread
     * @param attachmentIds   files already uploaded to the file store, sent with the notice as references
     * @param overrideBurden  issue even though a targeted community would pass its burden budget (基层减负)
     */
    public record IssueTask(
            @NotBlank @Size(max = 100) String title,
            @NotBlank @Size(max = 5000) String body,
            @NotBlank @Size(max = 50) String category,
            @NotNull TaskPriority priority,
            @NotNull TaskMode mode,
            @NotNull TargetScope scope,
            @Size(max = 1000) List<@NotBlank String> targetOrgIds,
            UnitCategory targetUnitCategory,
            @NotNull Instant receiptDueAt,
            @NotNull Instant dueAt,
            @Valid TierShares tierShares,
            Boolean mustAcknowledge,
            Boolean overrideBurden,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> attachmentIds) {

        public List<String> attachments() {
            return attachmentIds == null ? List.of() : attachmentIds;
        }

        /** Whether the issuer accepts pushing communities past their burden budget (the warning is recorded). */
        public boolean overridesBurden() {
            return Boolean.TRUE.equals(overrideBurden);
        }

        public List<String> targets() {
            return targetOrgIds == null ? List.of() : targetOrgIds;
        }
    }

    /** @param street the street tier's fraction of the time from issue to due, e.g. 0.3 */
    public record TierShares(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double street) {
    }

    /** @param intoTaskId the open task that absorbs this one and its issuer */
    public record MergeTask(@NotBlank @Size(max = 100) String intoTaskId) {
    }

    public record CancelTask(@NotBlank @Size(max = 500) String reason) {
    }
}
