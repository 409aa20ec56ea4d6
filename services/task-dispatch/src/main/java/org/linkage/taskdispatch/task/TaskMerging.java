package org.linkage.taskdispatch.task;

import org.linkage.platform.messaging.intent.Intent;
import org.linkage.platform.messaging.intent.Intents;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.Officers;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Folds a near-duplicate task into another (基层减负): one task, several owners, nobody asked twice.
 * The issuer of the duplicate (or an organisation above it) merges it; the duplicate's open
 * assignments to organisations the kept task already reaches are cancelled. Several documents
 * change, so it is one intent applied by {@link MergeApplier}.
 */
@Service
public class TaskMerging {

    private final TaskQueries queries;
    private final TaskStore tasks;
    private final AssignmentStore assignments;
    private final ReactiveMongoTemplate mongo;
    private final TaskEvents taskEvents;
    private final Intents intents;
    private final Clock clock;

    TaskMerging(TaskQueries queries, TaskStore tasks, AssignmentStore assignments, ReactiveMongoTemplate mongo,
                TaskEvents taskEvents, Intents intents, Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.assignments = assignments;
        this.mongo = mongo;
        this.taskEvents = taskEvents;
        this.intents = intents;
        this.clock = clock;
    }

    public Mono<Intent> merge(LinkagePrincipal caller, String taskId, TaskRequests.MergeTask request) {
        Officers.requireIssuer(caller);
        String intoId = request.intoTaskId().strip();
        if (intoId.equals(taskId)) {
            return Mono.error(ApiException.invalid("intoTaskId", "must be another task"));
        }
        return queries.visible(caller, taskId).flatMap(duplicate -> {
            if (!OrgScope.covers(caller, duplicate.issuerOrgId(), duplicate.issuerOrgPath())) {
                return Mono.error(ApiException.forbidden("only organisation " + duplicate.issuerOrgId()
                        + " or one above it merges task " + taskId));
            }
            if (duplicate.state() != TaskState.OPEN) {
                return Mono.error(ApiException.conflict("cannot merge a task in state " + duplicate.state(),
                        Map.of("currentState", duplicate.state())));
            }
            return tasks.find(intoId)
                    .filter(kept -> kept.districtId() != null && kept.districtId().equals(duplicate.districtId()))
                    .switchIfEmpty(Mono.error(() -> ApiException.invalid("intoTaskId", "unknown task in this district")))
                    .flatMap(kept -> kept.state() != TaskState.OPEN
                            ? Mono.error(ApiException.conflict("cannot merge into a task in state " + kept.state(),
                            Map.of("intoTaskState", kept.state())))
                            : submit(caller, duplicate, kept));
        });
    }

    private Mono<Intent> submit(LinkagePrincipal caller, Task duplicate, Task kept) {
        return assignments.ofTask(duplicate.id()).filter(a -> a.state().isOpen()).collectList()
                .flatMap(open -> coveredBy(kept, open).map(covered -> {
                    List<String> cancelled = open.stream().filter(a -> covered.contains(a.assigneeOrgId()))
                            .map(Assignment::id).toList();
                    Set<String> owners = new LinkedHashSet<>(kept.owners());
                    owners.addAll(duplicate.owners());
                    return new MergeApplier.Plan(duplicate.id(), kept.id(), List.copyOf(owners), cancelled,
                            caller.userId(), caller.orgId(), clock.instant());
                }))
                // one merge per task: a repeated request finds the intent already there
                .flatMap(plan -> intents.submit("task-merge:" + duplicate.id(), MergeApplier.KIND, plan,
                        List.of(taskEvents.merged(duplicate, plan))));
    }

    /** The organisations among the assignees that the kept task reaches too, by {@code _id $in} on its assignment ids. */
    private Mono<Set<String>> coveredBy(Task kept, List<Assignment> open) {
        if (open.isEmpty()) {
            return Mono.just(Set.of());
        }
        List<String> ids = open.stream().map(a -> Assignment.idOf(kept.id(), a.assigneeOrgId())).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Assignment.class, Assignment.COLLECTION)
                .filter(a -> a.state() != AssignmentState.CANCELLED)
                .map(Assignment::assigneeOrgId)
                .collect(Collectors.toSet());
    }

}
