package org.linkage.taskdispatch.task;

import org.linkage.platform.messaging.intent.IntentApplier;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.AssignmentCancellation;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/**
 * Applies a merge: the kept task gains the duplicate's owners, the duplicate becomes MERGED, then each
 * of its assignments the kept task covers is cancelled with its own event. Every step is idempotent,
 * so the sweeper may apply it again after a crash.
 */
@Component
public class MergeApplier implements IntentApplier<MergeApplier.Plan> {

    public static final String KIND = "task.merge";

    private final ReactiveMongoTemplate mongo;
    private final TaskStore tasks;
    private final AssignmentCancellation cancellation;

    MergeApplier(ReactiveMongoTemplate mongo, TaskStore tasks, AssignmentCancellation cancellation) {
        this.mongo = mongo;
        this.tasks = tasks;
        this.cancellation = cancellation;
    }

    /**
     * @param ownerOrgIds         the kept task's owners after the merge
     * @param cancelAssignmentIds the duplicate's assignments to organisations the kept task reaches
     */
    public record Plan(String taskId, String intoTaskId, List<String> ownerOrgIds, List<String> cancelAssignmentIds,
                       String userId, String orgId, Instant at) {

        String reason() {
            return "任务重复，已并入任务 " + intoTaskId + "（基层减负）";
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Plan> payloadType() {
        return Plan.class;
    }

    @Override
    public Mono<Void> apply(String intentId, Plan plan) {
        Update owners = new Update().addToSet("issuerOrgIds").each(plan.ownerOrgIds().toArray());
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(plan.intoTaskId())), owners, Task.COLLECTION)
                .then(markMerged(plan))
                .thenMany(Flux.fromIterable(plan.cancelAssignmentIds()).flatMap(id -> cancel(id, plan), 16))
                .then();
    }

    private Mono<Void> markMerged(Plan plan) {
        return tasks.find(plan.taskId()).filter(task -> task.state() == TaskState.OPEN)
                .flatMap(task -> tasks.changeState(task, TaskState.MERGED,
                        new Update().set("mergedInto", plan.intoTaskId()).set("closedAt", plan.at()), null))
                .flatMap(changed -> changed ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("task " + plan.taskId() + " changed meanwhile")));
    }

    private Mono<Void> cancel(String id, Plan plan) {
        return cancellation.cancel(id, new Actor(plan.userId(), plan.orgId()), plan.at(), plan.reason());
    }
}
