package org.linkage.taskdispatch.task;

import org.linkage.platform.messaging.intent.Intent;
import org.linkage.platform.messaging.intent.Intents;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.taskdispatch.assignment.Officers;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The issuer withdraws an open task. The task and every open assignment below it change, so the
 * cancellation is one intent applied by {@link CancelApplier}, finished by the sweeper after a crash.
 */
@Service
public class TaskCancellation {

    private final TaskQueries queries;
    private final Intents intents;
    private final Clock clock;

    public TaskCancellation(TaskQueries queries, Intents intents, Clock clock) {
        this.queries = queries;
        this.intents = intents;
        this.clock = clock;
    }

    public Mono<Intent> cancel(LinkagePrincipal caller, String taskId, TaskRequests.CancelTask request) {
        Officers.requireIssuer(caller);
        return queries.visible(caller, taskId).flatMap(task -> {
            if (!task.issuerOrgId().equals(caller.orgId())) {
                return Mono.error(ApiException.forbidden("only organisation " + task.issuerOrgId() + " cancels task " + taskId));
            }
            if (task.state() != TaskState.OPEN) {
                return Mono.error(ApiException.conflict("cannot cancel a task in state " + task.state(),
                        Map.of("currentState", task.state())));
            }
            var plan = new CancelApplier.Plan(taskId, request.reason().strip(), caller.userId(), caller.orgId(),
                    clock.instant());
            // one cancellation per task: a repeated request finds the intent already there
            return intents.submit("task-cancel:" + taskId, CancelApplier.KIND, plan, List.of());
        });
    }
}
