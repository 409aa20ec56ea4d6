package org.linkage.taskdispatch.progress;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.taskdispatch.assignment.AssignmentAccess;
import org.linkage.taskdispatch.assignment.Officers;
import org.linkage.taskdispatch.task.Task;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.function.Predicate;

/**
 * Reads of a task's tree, limited to the nodes in the caller's subtree: one read by id, counted and
 * paged in memory. Callers check first that the task itself is visible. A tree not projected yet
 * reads as empty rather than failing.
 */
@Service
public class TaskTreeQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final TaskTrees trees;

    TaskTreeQueries(TaskTrees trees) {
        this.trees = trees;
    }

    public Mono<TaskProgress> progress(LinkagePrincipal caller, Task task) {
        return visibleTree(caller, task).map(VisibleTree::progress);
    }

    /**
     * @param parentId the assignment whose children to list, or null for the top of the caller's view;
     *                 an assignment outside the caller's view answers 404
     */
    public Mono<TreeLevel> level(LinkagePrincipal caller, Task task, String parentId, int page, int size) {
        if (page < 0) {
            return Mono.error(ApiException.invalid("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(ApiException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        return visibleTree(caller, task).flatMap(tree -> {
            if (parentId == null || parentId.isBlank()) {
                return Mono.just(tree.top(page, size));
            }
            return Mono.justOrEmpty(tree.find(parentId))
                    .map(parent -> tree.childrenOf(parent.assignmentId(), page, size))
                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("assignment", parentId)));
        });
    }

    /**
     * Precondition: the caller may see the task. Its owners (the issuer, and those of tasks merged into
     * it) see the whole tree; others what {@link AssignmentAccess#sees} allows them.
     */
    private Mono<VisibleTree> visibleTree(LinkagePrincipal caller, Task task) {
        boolean owner = Officers.isOfficer(caller) && task.owners().contains(caller.orgId());
        Predicate<TreeNode> sees = node -> owner
                || AssignmentAccess.sees(caller, node.assigneeOrgId(), node.assigneeOrgPath(), node.issuerOrgId());
        return trees.find(task.id()).defaultIfEmpty(TaskTree.empty(task.id())).map(tree -> new VisibleTree(tree, sees));
    }
}
