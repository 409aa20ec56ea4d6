package org.linkage.taskdispatch.deadline;

import org.linkage.platform.events.task.UrgeKind;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.AssignmentWriter;
import org.linkage.taskdispatch.assignment.AssignmentEvents;
import org.linkage.taskdispatch.assignment.Officers;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 催办/督办: an ancestor organisation of the assignee presses an open assignment. The parent urges
 * (URGE); the grandparent or above supervises (SUPERVISE). At most one urge per assignment per
 * {@code linkage.deadlines.urge-interval}, whoever urges; the time is kept on the assignment.
 */
@Service
public class Urging {

    private static final Set<AssignmentState> URGEABLE = EnumSet.of(AssignmentState.ISSUED, AssignmentState.RECEIVED,
            AssignmentState.DISPATCHED, AssignmentState.RETURNED);

    private final AssignmentStore store;
    private final AssignmentWriter writer;
    private final AssignmentEvents events;
    private final DeadlineProperties properties;
    private final Clock clock;

    Urging(AssignmentStore store, AssignmentWriter writer, AssignmentEvents events, DeadlineProperties properties,
           Clock clock) {
        this.store = store;
        this.writer = writer;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** 429 with the seconds to wait. */
    public static final class TooSoon extends ApiException {

        private final long retryAfterSeconds;

        TooSoon(String assignmentId, long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "assignment " + assignmentId + " was urged recently; urge again in "
                    + retryAfterSeconds + " s", List.of(), Map.of("retryAfterSeconds", retryAfterSeconds));
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public Mono<Assignment> urge(LinkagePrincipal caller, String id, String message) {
        Officers.requireOfficer(caller);
        return store.find(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("assignment", id))).flatMap(a -> {
            if (!a.assigneeOrgPath().contains(caller.orgId())) {
                throw ApiException.forbidden("only organisations above " + a.assigneeOrgId() + " urge assignment " + id);
            }
            if (!URGEABLE.contains(a.state())) {
                throw ApiException.conflict("cannot urge an assignment in state " + a.state(),
                        Map.of("currentState", a.state()));
            }
            Instant now = clock.instant();
            if (a.lastUrgedAt() != null) {
                Instant next = a.lastUrgedAt().plus(properties.urgeInterval());
                if (now.isBefore(next)) {
                    long seconds = Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
                    throw new TooSoon(id, seconds);
                }
            }
            UrgeKind kind = caller.orgId().equals(a.parentOrgId()) ? UrgeKind.URGE : UrgeKind.SUPERVISE;
            return writer.mark(a, now, new Update().set("lastUrgedAt", now),
                    List.of(events.urged(a, kind, message.strip(), Actor.of(caller), now)));
        });
    }
}
