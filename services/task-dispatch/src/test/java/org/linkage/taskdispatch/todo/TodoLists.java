package org.linkage.taskdispatch.todo;

import org.linkage.taskdispatch.assignment.Assignment;

/**
 * For tests that seed the store in bulk: the to-do list the projector would hold, built with the
 * projector's own rule ({@link TodoList#with}), which is package-private.
 */
public final class TodoLists {

    private TodoLists() {
    }

    public static TodoList empty(String orgId) {
        return TodoList.empty(orgId);
    }

    /** The list after the projector has seen {@code assignment} in its current state. */
    public static TodoList with(TodoList list, Assignment assignment) {
        return list.with(assignment);
    }
}
