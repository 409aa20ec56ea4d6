package org.linkage.taskdispatch.todo;

import org.linkage.platform.events.task.TaskPriority;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.time.Instant;

/** One open assignment on an organisation's to-do list. */
public record TodoItem(String assignmentId, String taskId, String title, AssignmentRole role, AssignmentState state,
                       TaskPriority priority, Instant receiptDueAt, Instant dueAt) {

    static TodoItem of(Assignment a) {
        return new TodoItem(a.id(), a.taskId(), a.terms().title(), a.role(), a.state(), a.terms().priority(),
                a.terms().receiptDueAt(), a.terms().dueAt());
    }
}
