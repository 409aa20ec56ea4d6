package org.linkage.taskdispatch.progress;

import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.task.AssignmentLevels;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Duration;
import java.util.List;

/**
 * Keeps each task's tree in step with its assignments. An event only says which assignment changed;
 * its node copies that assignment's current state and never replaces a newer copy, so events handled
 * twice or out of order leave the same tree.
 * <p>
 * A fan-out issues (and a withdrawal cancels) hundreds of assignments at once, one event each.
 * Rewriting a ~600-node document per event would crawl, so {@link #syncWithSiblings} copies the
 * assignment's whole level (the task's top-level assignments, or its parent's children) in one read
 * and one write, and the events that follow find their version already projected
 * ({@link ProjectedVersions}) without reading the tree at all.
 */
@Component
public class TaskTreeProjector {

    /** Bounded, yet ~3 s of backoff between the first and last attempt: only replicas racing on one task conflict. */
    private static final Retry ON_CONCURRENT_CHANGE = Retry.backoff(8, Duration.ofMillis(20))
            .maxBackoff(Duration.ofMillis(800))
            .filter(e -> e instanceof TaskTrees.ConcurrentChange || e instanceof DuplicateKeyException);

    /** ~100 direct tasks of 600 communities; a few MB. */
    private static final int REMEMBERED_NODES = 64_000;

    private final TaskTrees trees;
    private final AssignmentStore assignments;
    private final AssignmentLevels levels;
    private final ProjectedVersions projected = new ProjectedVersions(REMEMBERED_NODES);

    TaskTreeProjector(TaskTrees trees, AssignmentStore assignments, AssignmentLevels levels) {
        this.trees = trees;
        this.assignments = assignments;
        this.levels = levels;
    }

    /**
     * Copies the assignment's current state into its task's tree. When the retries run out the error
     * reaches the binder, which redelivers the event: an update is never dropped.
     */
    public Mono<Void> sync(String assignmentId) {
        return project(assignmentId, false);
    }

    /**
     * A new assignment, issued with its level: nothing to do once any copy of it is projected, since
     * every copy is at least as new as the issue; else its level is copied with it.
     */
    public Mono<Void> issued(String assignmentId) {
        return Mono.defer(() -> projected.holds(assignmentId, 0) ? Mono.empty() : syncWithSiblings(assignmentId));
    }

    /** As {@link #sync}, copying the assignments of its level along: for events that come in hundreds at once. */
    public Mono<Void> syncWithSiblings(String assignmentId) {
        return project(assignmentId, true);
    }

    private Mono<Void> project(String assignmentId, boolean withSiblings) {
        return Mono.defer(() -> assignments.find(assignmentId)
                        .filter(assignment -> !projected.holds(assignment.id(), assignment.version()))
                        .flatMap(assignment -> trees.load(assignment.taskId()).flatMap(loaded -> {
                            if (loaded.tree().holds(assignment.id(), assignment.version())) {
                                projected.remember(loaded.tree());
                                return Mono.<Void>empty();
                            }
                            return copies(assignment, withSiblings)
                                    .flatMap(copies -> store(loaded, loaded.tree().with(copies)));
                        })))
                .retryWhen(ON_CONCURRENT_CHANGE);
    }

    private Mono<Void> store(TaskTrees.Loaded loaded, TaskTree after) {
        return trees.replace(loaded, after).then(Mono.fromRunnable(() -> projected.remember(after)));
    }

    private Mono<List<TreeNode>> copies(Assignment assignment, boolean withSiblings) {
        if (!withSiblings) {
            return Mono.just(List.of(TreeNode.of(assignment)));
        }
        return levels.of(assignment).flatMap(ids -> assignments.findAll(ids).map(TreeNode::of).collectList());
    }
}
