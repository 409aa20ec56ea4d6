package org.linkage.taskdispatch.progress;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentFlag;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.time.Instant;
import java.util.List;

/**
 * One assignment as the task's tree keeps it: what the progress and tree reads need, nothing more.
 *
 * @param assigneeOrgPath    the assignee's ancestors, district first, so scope is checked without the directory
 * @param assignmentVersion  the assignment's version when copied; a node is never replaced by an older copy
 */
public record TreeNode(String assignmentId, String parentAssignmentId, String assigneeOrgId,
                       List<String> assigneeOrgPath, String assigneeOrgName, OrgTier tier, AssignmentRole role,
                       AssignmentState state, List<AssignmentFlag> flags, Instant receiptDueAt, Instant dueAt,
                       Instant updatedAt, long assignmentVersion, String issuerOrgId) {

    public TreeNode {
        assigneeOrgPath = assigneeOrgPath == null ? List.of() : List.copyOf(assigneeOrgPath);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    static TreeNode of(Assignment a) {
        return new TreeNode(a.id(), a.parentAssignmentId(), a.assigneeOrgId(), a.assigneeOrgPath(), a.assigneeOrgName(),
                a.tier(), a.role(), a.state(), a.flags(), a.terms().receiptDueAt(), a.terms().dueAt(), a.updatedAt(),
                a.version(), a.issuerOrgId());
    }

    boolean isTopLevel() {
        return parentAssignmentId == null;
    }

    /** Whether this copy may replace {@code stored}: not older (equal versions are the same state, copied again). */
    boolean supersedes(TreeNode stored) {
        return assignmentVersion >= stored.assignmentVersion;
    }
}
