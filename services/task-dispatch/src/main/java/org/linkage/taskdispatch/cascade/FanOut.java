package org.linkage.taskdispatch.cascade;

import org.linkage.platform.messaging.intent.IntentApplier;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.task.Task;
import org.linkage.taskdispatch.task.TaskStore;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Writes a task's cascade: the task (PENDING), then in one bulk insert every planned assignment not
 * written yet, then the task OPEN. Ids are deterministic, so applying the plan again after a crash,
 * however far the first attempt got, ends with exactly one assignment per organisation. The events
 * wait in the intent and leave only once all of it is written.
 */
@Component
public class FanOut implements IntentApplier<FanOut.Plan> {

    public static final String KIND = "task.fan-out";

    private final TaskStore tasks;
    private final AssignmentStore assignments;

    public FanOut(TaskStore tasks, AssignmentStore assignments) {
        this.tasks = tasks;
        this.assignments = assignments;
    }

    /** @param assignments parents before children */
    public record Plan(Task task, List<Assignment> assignments) {
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
        return tasks.insertIfMissing(plan.task())
                .then(assignments.insertMissing(plan.assignments()))
                .then(tasks.open(plan.task().id()));
    }
}
