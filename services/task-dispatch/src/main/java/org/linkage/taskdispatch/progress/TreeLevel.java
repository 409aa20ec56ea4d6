package org.linkage.taskdispatch.progress;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.AssignmentFlag;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of one level of a task's tree.
 *
 * @param parentId the assignment whose children these are; null for the top of the caller's view
 * @param total    how many nodes the level holds, on all pages
 */
public record TreeLevel(String taskId, String parentId, List<Node> items, int page, int size, long total) {

    /**
     * An assignment on the level.
     *
     * @param childCount   the assignments dispatched directly below it
     * @param belowByState every assignment below it, at any depth, per state
     */
    public record Node(String id, String parentId, String assigneeOrgId, String assigneeOrgName, OrgTier tier,
                       AssignmentRole role, AssignmentState state, List<AssignmentFlag> flags, Instant receiptDueAt,
                       Instant dueAt, Instant updatedAt, int childCount, Map<AssignmentState, Integer> belowByState) {
    }
}
