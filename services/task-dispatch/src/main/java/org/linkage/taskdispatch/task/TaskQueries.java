package org.linkage.taskdispatch.task;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.Officers;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.progress.TaskTreeQueries;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reads of tasks. A task is visible to its issuer's subtree (the issuer and those above it) and to
 * every organisation holding an assignment in it; each sees the part of the tree in its own subtree.
 * Anyone else is told the task does not exist. The progress comes from the task's tree read model,
 * never from a scan of the assignments.
 */
@Service
public class TaskQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final TaskStore tasks;
    private final AssignmentStore assignments;
    private final OrgDirectory directory;
    private final TaskTreeQueries trees;

    public TaskQueries(TaskStore tasks, AssignmentStore assignments, OrgDirectory directory, TaskTreeQueries trees) {
        this.tasks = tasks;
        this.assignments = assignments;
        this.directory = directory;
        this.trees = trees;
    }

    /** The task with the roll-up of the assignments the caller may see. */
    public Mono<TaskView> get(LinkagePrincipal caller, String id) {
        return visible(caller, id).flatMap(task -> trees.progress(caller, task)
                .map(progress -> TaskView.of(task, progress)));
    }

    /** Tasks issued by an organisation of the caller's subtree, by default the caller's own. */
    public Mono<TaskView.Page> list(LinkagePrincipal caller, String issuedBy, TaskState state, int page, int size) {
        if (page < 0) {
            return Mono.error(ApiException.invalid("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(ApiException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        String issuer = issuedBy == null || issuedBy.isBlank() ? caller.orgId() : issuedBy;
        if (issuer == null) {
            return Mono.error(ApiException.invalid("issuedBy", "required for a caller without an organisation"));
        }
        Mono<String> inScope = issuer.equals(caller.orgId()) ? Mono.just(issuer)
                : directory.find(issuer).filter(org -> OrgScope.covers(caller, org.id(), org.path())).map(DirectoryOrg::id)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("organisation", issuer)));
        return inScope.flatMap(orgId -> Mono.zip(
                tasks.issuedBy(orgId, state, page, size).map(TaskView::of).collectList(),
                tasks.countIssuedBy(orgId, state)))
                .map(result -> new TaskView.Page(result.getT1(), page, size, result.getT2()));
    }

    /** The task, if the caller covers its issuer, owns it (merged in) or holds an assignment in it; else 404. */
    public Mono<Task> visible(LinkagePrincipal caller, String id) {
        return tasks.find(id)
                .filterWhen(task -> !Officers.isUnitContact(caller) && OrgScope.covers(caller, task.issuerOrgId(), task.issuerOrgPath())
                        || caller.orgId() != null && task.owners().contains(caller.orgId()) ? Mono.just(true)
                        : holder(caller) == null ? Mono.just(false)
                        : assignments.find(Assignment.idOf(task.id(), holder(caller))).hasElement())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("task", id)));
    }

    /** Whose assignment in a task makes it visible: a unit contact's unit, else the caller's organisation. */
    private static String holder(LinkagePrincipal caller) {
        return Officers.isUnitContact(caller) ? caller.unitId() : caller.orgId();
    }
}
