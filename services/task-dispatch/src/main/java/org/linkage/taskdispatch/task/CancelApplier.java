package org.linkage.taskdispatch.task;

import org.linkage.platform.messaging.intent.IntentApplier;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.AssignmentCancellation;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;

/**
 * Cancels a task, then each of its open assignments with its own event. Applying it again skips
 * what is already cancelled; an assignment changed meanwhile is read again and cancelled all the same.
 */
@Component
public class CancelApplier implements IntentApplier<CancelApplier.Plan> {

    public static final String KIND = "task.cancel";
    /** Each assignment is its own document and event; hundreds are cancelled a few at a time, not one by one. */
    private static final int CONCURRENCY = 16;
    private final TaskStore tasks;
    private final TaskEvents taskEvents;
    private final AssignmentStore assignments;
    private final AssignmentCancellation cancellation;

    public CancelApplier(TaskStore tasks, TaskEvents taskEvents, AssignmentStore assignments,
                         AssignmentCancellation cancellation) {
        this.tasks = tasks;
        this.taskEvents = taskEvents;
        this.assignments = assignments;
        this.cancellation = cancellation;
    }

    public record Plan(String taskId, String reason, String userId, String orgId, Instant at) {
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
        return cancelTask(plan).flatMap(cancelled -> !cancelled ? Mono.<Void>empty()
                : assignments.ofTask(plan.taskId()).filter(a -> a.state().isOpen())
                        .flatMap(a -> cancelAssignment(a.id(), plan), CONCURRENCY)
                        .then());
    }

    /** Emits whether the task is cancelled now; false when it completed first. */
    private Mono<Boolean> cancelTask(Plan plan) {
        return tasks.find(plan.taskId()).flatMap(task -> switch (task.state()) {
            case CANCELLED -> Mono.just(true);
            case OPEN -> tasks.changeState(task, TaskState.CANCELLED,
                            new Update().set("closedAt", plan.at()).set("cancelReason", plan.reason()),
                            taskEvents.cancelled(task, plan.reason(), plan.userId(), plan.at()))
                    .flatMap(changed -> changed ? Mono.just(true)
                            : Mono.error(new IllegalStateException("task " + task.id() + " changed meanwhile")));
            default -> Mono.just(false);
        });
    }

    private Mono<Void> cancelAssignment(String id, Plan plan) {
        return cancellation.cancel(id, new Actor(plan.userId(), plan.orgId()), plan.at(), plan.reason());
    }
}
