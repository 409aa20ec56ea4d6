package org.linkage.taskdispatch.todo;

import org.linkage.taskdispatch.assignment.Assignment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The to-do list of one organisation: its open assignments, soonest deadline first. One document
 * per organisation, keyed by its id, so reading a list is one {@code _id} lookup however many
 * assignments the store holds.
 */
@Document(TodoList.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record TodoList(@Id String orgId, List<TodoItem> items, long version) {

    public static final String COLLECTION = "todos";

    private static final Comparator<TodoItem> SOONEST_FIRST = Comparator.comparing(TodoItem::dueAt)
            .thenComparing(TodoItem::assignmentId);

    static TodoList empty(String orgId) {
        return new TodoList(orgId, List.of(), 0);
    }

    /** The list as the assignment's current state has it: listed while open, gone once approved or cancelled. */
    TodoList with(Assignment assignment) {
        List<TodoItem> next = new ArrayList<>(items.stream()
                .filter(item -> !item.assignmentId().equals(assignment.id())).toList());
        if (assignment.state().isOpen()) {
            next.add(TodoItem.of(assignment));
        }
        next.sort(SOONEST_FIRST);
        return new TodoList(orgId, List.copyOf(next), version);
    }
}
