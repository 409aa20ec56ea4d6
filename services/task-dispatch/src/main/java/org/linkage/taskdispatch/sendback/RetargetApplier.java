package org.linkage.taskdispatch.sendback;

import org.linkage.platform.messaging.intent.IntentApplier;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentAction;
import org.linkage.taskdispatch.assignment.AssignmentCancellation;
import org.linkage.taskdispatch.assignment.AssignmentEvents;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.AssignmentWriter;
import org.linkage.taskdispatch.assignment.SendBack;
import org.linkage.taskdispatch.task.Task;
import org.linkage.taskdispatch.task.TaskState;
import org.linkage.taskdispatch.task.TaskStore;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/**
 * Writes a re-target in steps that are each safe to repeat, so the sweeper can finish it after a crash:
 * <ol>
 *   <li>inserts the replacement assignment (deterministic id) with its AssignmentIssued;</li>
 *   <li>links it where the old one was: the parent's children, or the task's top assignments
 *       ({@code $addToSet} the new id, then {@code $pull} the old: a roll-up never sees the gap);</li>
 *   <li>closes the old assignment with AssignmentCancelled and AssignmentRetargeted, unless done already.</li>
 * </ol>
 * If the task was cancelled meanwhile, the replacement is cancelled too.
 */
@Component
public class RetargetApplier implements IntentApplier<RetargetApplier.Plan> {

    public static final String KIND = "assignment.retarget";
    private static final String CANCELLED_ABOVE = "上级任务已撤销";

    private final ReactiveMongoTemplate mongo;
    private final AssignmentStore store;
    private final AssignmentWriter writer;
    private final AssignmentEvents events;
    private final AssignmentCancellation cancellation;
    private final TaskStore tasks;
    private final OutboxRelay relay;

    RetargetApplier(ReactiveMongoTemplate mongo, AssignmentStore store, AssignmentWriter writer, AssignmentEvents events,
                    AssignmentCancellation cancellation, TaskStore tasks, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = store;
        this.writer = writer;
        this.events = events;
        this.cancellation = cancellation;
        this.tasks = tasks;
        this.relay = relay;
    }

    /** @param expectedVersion the version of the sent-back assignment the request was checked against */
    public record Plan(String assignmentId, long expectedVersion, Assignment replacement, String reason, Actor actor,
                       Instant at) {
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
        Assignment replacement = plan.replacement();
        return store.find(plan.assignmentId()).flatMap(old -> {
            boolean done = old.sendBack() != null && old.sendBack().decision() == SendBack.Decision.RETARGETED;
            if (!done && (old.state() != AssignmentState.SENT_BACK || old.version() != plan.expectedVersion())) {
                return Mono.empty(); // it moved on (insisted, cancelled) since the request: this intent writes nothing
            }
            return store.insertMissing(List.of(replacement))
                    .then(link(old, replacement))
                    .then(done ? Mono.empty() : close(old, plan))
                    .then(relay.relay(Assignment.COLLECTION, replacement.id()))
                    .then(cancelIfTaskWithdrawn(replacement, plan));
        });
    }

    private Mono<Void> link(Assignment old, Assignment replacement) {
        Query where = Query.query(Criteria.where("_id").is(old.isTopLevel() ? old.taskId() : old.parentAssignmentId()));
        String field = old.isTopLevel() ? "topAssignmentIds" : "childIds";
        String collection = old.isTopLevel() ? Task.COLLECTION : Assignment.COLLECTION;
        return mongo.updateFirst(where, new Update().addToSet(field, replacement.id()), collection)
                .then(mongo.updateFirst(where, new Update().pull(field, old.id()), collection))
                .then();
    }

    private Mono<Void> close(Assignment old, Plan plan) {
        Assignment replacement = plan.replacement();
        SendBack decided = old.sendBack() == null ? null : old.sendBack().decided(SendBack.Decision.RETARGETED,
                replacement.assigneeOrgId(), plan.reason(), plan.actor().userId(), plan.at());
        Update fields = decided == null ? new Update() : new Update().set("sendBack", decided);
        return writer.apply(old, AssignmentAction.RETARGET, plan.actor(), plan.at(), plan.reason(), fields,
                List.of(events.cancelled(old, plan.reason(), plan.actor(), plan.at()),
                        events.retargeted(old, replacement, plan.reason(), plan.actor(), plan.at()))).then();
    }

    private Mono<Void> cancelIfTaskWithdrawn(Assignment replacement, Plan plan) {
        return tasks.find(replacement.taskId()).filter(task -> task.state() == TaskState.CANCELLED)
                .flatMap(task -> cancellation.cancel(replacement.id(), Actor.SYSTEM, plan.at(), CANCELLED_ABOVE));
    }
}
