package org.linkage.taskdispatch.todo;

import org.linkage.platform.events.task.TaskPriority;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentFlag;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.time.Instant;
import java.util.List;

/**
 * One open assignment on an organisation's to-do list.
 *
 * @param flags what its deadlines did to it: RECEIPT_OVERDUE, OVERDUE, ESCALATED
 */
public record TodoItem(String assignmentId, String taskId, String title, AssignmentRole role, AssignmentState state,
                       TaskPriority priority, Instant receiptDueAt, Instant dueAt, List<AssignmentFlag> flags) {

    public TodoItem {
        flags = flags == null ? List.of() : flags;
    }

    static TodoItem of(Assignment a) {
        return new TodoItem(a.id(), a.taskId(), a.terms().title(), a.role(), a.state(), a.terms().priority(),
                a.terms().receiptDueAt(), a.terms().dueAt(), List.copyOf(a.flags()));
    }

    /** Past a receipt or completion deadline. */
    public boolean overdue() {
        return flags.contains(AssignmentFlag.OVERDUE) || flags.contains(AssignmentFlag.RECEIPT_OVERDUE);
    }
}
