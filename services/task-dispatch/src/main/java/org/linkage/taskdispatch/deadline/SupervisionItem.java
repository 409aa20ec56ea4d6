package org.linkage.taskdispatch.deadline;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentFlag;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.time.Instant;
import java.util.List;

/** One escalated assignment on a supervision list (督办). */
public record SupervisionItem(String assignmentId, String taskId, String title, String assigneeOrgId,
                              String assigneeOrgName, OrgTier tier, AssignmentState state, List<AssignmentFlag> flags,
                              Instant dueAt) {

    static SupervisionItem of(Assignment a) {
        return new SupervisionItem(a.id(), a.taskId(), a.terms().title(), a.assigneeOrgId(), a.assigneeOrgName(),
                a.tier(), a.state(), a.flags(), a.terms().dueAt());
    }
}
