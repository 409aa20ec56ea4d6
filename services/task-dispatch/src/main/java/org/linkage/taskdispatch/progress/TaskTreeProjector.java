package org.linkage.taskdispatch.progress;

import org.linkage.platform.events.task.AssignmentIssued;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.task.Task;
import org.linkage.taskdispatch.task.TaskStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps each task's tree in step with its assignments. An event only says which assignment changed;
 * the node copies that assignment's current state, and never replaces a newer copy, so events handled
 * twice or out of order leave the same tree.
 * <p>
 * A fan-out issues hundreds of assignments at once, each with its AssignmentIssued. Rewriting the
 * ~600-node document once per event would be slow, so the first of them copies all its siblings (the
 * task's top-level assignments, or the parent's children) in one read and one write; the rest find
 * their node there and write nothing.
 */
@Component
public class TaskTreeProjector {

    /** Bounded, yet ~3 s of backoff between a first and a last attempt: only replicas racing on one task conflict. */
    private static final Retry ON_CONCURRENT_CHANGE = Retry.backoff(8, Duration.ofMillis(20))
            .maxBackoff(Duration.ofMillis(800))
            .filter(e -> e instanceof TaskTrees.ConcurrentChange || e instanceof DuplicateKeyException);

    private final TaskTrees trees;
    private final AssignmentStore assignments;
    private final TaskStore tasks;

    TaskTreeProjector(TaskTrees trees, AssignmentStore assignments, TaskStore tasks) {
        this.trees = trees;
        this.assignments = assignments;
        this.tasks = tasks;
    }

    /**
     * Copies the assignment's current state into its task's tree. When the retries run out the error
     * reaches the binder, which redelivers the event: an update is never dropped.
     */
    public Mono<Void> sync(String assignmentId) {
        return Mono.defer(() -> assignments.find(assignmentId).flatMap(assignment -> trees.load(assignment.taskId())
                        .flatMap(loaded -> trees.replace(loaded, loaded.tree().with(List.of(TreeNode.of(assignment)))))))
                .retryWhen(ON_CONCURRENT_CHANGE);
    }

    /**
     * A new assignment: nothing to do if a sync already copied it (that copy is at least as new as the
     * issue); otherwise it and its siblings are copied together.
     */
    public Mono<Void> issued(AssignmentIssued event) {
        return Mono.defer(() -> trees.load(event.rootTaskId()).flatMap(loaded -> {
                    if (loaded.tree().node(event.assignmentId()).isPresent()) {
                        return Mono.<Void>empty();
                    }
                    return siblingsOf(event)
                            .flatMap(ids -> assignments.findAll(ids).map(TreeNode::of).collectList())
                            .flatMap(copies -> trees.replace(loaded, loaded.tree().with(copies)));
                }))
                .retryWhen(ON_CONCURRENT_CHANGE);
    }

    /** The assignment and those issued with it; just itself if the level above does not list it yet. */
    private Mono<Set<String>> siblingsOf(AssignmentIssued event) {
        Mono<List<String>> level = event.parentAssignmentId() == null
                ? tasks.find(event.rootTaskId()).map(Task::topAssignmentIds)
                : assignments.find(event.parentAssignmentId()).map(Assignment::childIds);
        return level.defaultIfEmpty(List.of()).map(ids -> {
            Set<String> siblings = new LinkedHashSet<>(ids);
            siblings.add(event.assignmentId());
            return siblings;
        });
    }
}
