package org.linkage.taskdispatch.task;

import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The assignments issued together with one: its level of the cascade, as the level above lists it
 * (the task's top assignments, or the parent's children). Read models use it to project a fan-out of
 * hundreds in one go rather than one event at a time.
 */
@Component
public class AssignmentLevels {

    private final TaskStore tasks;
    private final AssignmentStore assignments;

    AssignmentLevels(TaskStore tasks, AssignmentStore assignments) {
        this.tasks = tasks;
        this.assignments = assignments;
    }

    /** The assignment and those on its level; just itself if the level above does not list it yet. */
    public Mono<Set<String>> of(Assignment assignment) {
        Mono<List<String>> level = assignment.isTopLevel()
                ? tasks.find(assignment.taskId()).map(Task::topAssignmentIds)
                : assignments.find(assignment.parentAssignmentId()).map(Assignment::childIds);
        return level.defaultIfEmpty(List.of()).map(ids -> {
            Set<String> ofLevel = new LinkedHashSet<>(ids);
            ofLevel.add(assignment.id());
            return ofLevel;
        });
    }
}
