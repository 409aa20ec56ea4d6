package org.linkage.taskdispatch.assignment;

import org.linkage.platform.web.problem.ApiException;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Instant;

/**
 * Cancels one assignment if it is still open, with its event, for the multi-document changes that
 * cancel many (a task cancelled, a duplicate merged). Safe to repeat: a closed assignment is left
 * alone, and a concurrent change is retried on the fresh document.
 */
@Component
public class AssignmentCancellation {

    private static final int ATTEMPTS = 3;

    private final AssignmentStore assignments;
    private final AssignmentWriter writer;
    private final AssignmentEvents events;

    AssignmentCancellation(AssignmentStore assignments, AssignmentWriter writer, AssignmentEvents events) {
        this.assignments = assignments;
        this.writer = writer;
        this.events = events;
    }

    public Mono<Void> cancel(String assignmentId, Actor actor, Instant at, String reason) {
        return Mono.defer(() -> assignments.find(assignmentId).filter(a -> a.state().isOpen())
                        .flatMap(a -> writer.apply(a, AssignmentAction.CANCEL, actor, at, reason,
                                new Update().unset("dispatchingIntentId"), events.cancelled(a, reason, actor, at))))
                .retryWhen(Retry.max(ATTEMPTS).filter(ApiException.class::isInstance))
                .then();
    }
}
