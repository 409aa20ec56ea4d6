package org.linkage.taskdispatch.deadline;

import org.linkage.platform.events.task.UrgeKind;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentEvents;
import org.linkage.taskdispatch.assignment.AssignmentFlag;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.AssignmentWriter;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a passed deadline does. Every change is conditional on the assignment's current state, flags
 * and terms (a deadline moved by an extension no longer matches its old item), and written with
 * its event in one update on {@code {_id, version}}: firing an item twice emits its event once.
 */
@Component
class DeadlineEnforcer {

    private static final String ESCALATION_REASON = "超期未办结，提级督办";
    private static final int ATTEMPTS = 3;
    /** Work still to be done: a completion deadline passing in these states makes the assignment overdue. */
    private static final Set<AssignmentState> UNFINISHED = EnumSet.of(AssignmentState.ISSUED, AssignmentState.RECEIVED,
            AssignmentState.DISPATCHED, AssignmentState.RETURNED);

    private final AssignmentStore store;
    private final AssignmentWriter writer;
    private final AssignmentEvents events;
    private final Clock clock;

    DeadlineEnforcer(AssignmentStore store, AssignmentWriter writer, AssignmentEvents events, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    /** Not received in time: RECEIPT_OVERDUE, once. */
    Mono<Void> receiptPassed(String assignmentId, Instant dueAt) {
        return change(assignmentId, a -> {
            if (a.state() != AssignmentState.ISSUED || a.has(AssignmentFlag.RECEIPT_OVERDUE)
                    || !sameMillis(a.terms().receiptDueAt(), dueAt)) {
                return Mono.empty();
            }
            Instant now = clock.instant();
            return writer.mark(a, now, new Update().addToSet("flags", AssignmentFlag.RECEIPT_OVERDUE),
                    List.of(events.receiptOverdue(a, now)));
        });
    }

    /** Not done in time: OVERDUE and ESCALATED together, onto the supervision list one tier above the issuer. */
    Mono<Void> duePassed(String assignmentId, Instant dueAt) {
        return change(assignmentId, a -> {
            if (!UNFINISHED.contains(a.state()) || a.has(AssignmentFlag.OVERDUE) || !sameMillis(a.terms().dueAt(), dueAt)) {
                return Mono.empty();
            }
            Instant now = clock.instant();
            String to = a.escalationOrgId();
            Update fields = new Update().addToSet("flags").each(AssignmentFlag.OVERDUE, AssignmentFlag.ESCALATED)
                    .set("escalatedToOrgId", to);
            return writer.mark(a, now, fields,
                    List.of(events.overdue(a, now), events.escalated(a, to, ESCALATION_REASON, null, now)));
        });
    }

    /** A warning before the receipt deadline, while the assignment is still not received. */
    Mono<Void> receiptApproaching(String warningId, Instant warnAt) {
        return warn(warningId, warnAt, a -> a.state() == AssignmentState.ISSUED ? a.terms().receiptDueAt() : null,
                "签收时限将至，请及时签收");
    }

    /** A warning before the completion deadline, while the work is unfinished. */
    Mono<Void> dueApproaching(String warningId, Instant warnAt) {
        return warn(warningId, warnAt, a -> UNFINISHED.contains(a.state()) ? a.terms().dueAt() : null,
                "办结时限将至，请抓紧办理");
    }

    private Mono<Void> warn(String warningId, Instant warnAt, java.util.function.Function<Assignment, Instant> deadline,
                            String message) {
        String assignmentId = DeadlineKind.assignmentOf(warningId);
        String offset = warningId.substring(assignmentId.length() + 1);
        return change(assignmentId, a -> {
            Instant due = deadline.apply(a);
            Instant now = clock.instant();
            // the warning belongs to this deadline only if it is still the one the item was scheduled for
            if (due == null || !now.isBefore(due) || !sameMillis(due.minus(Duration.parse(offset)), warnAt)) {
                return Mono.empty();
            }
            String key = warningId + "@" + due.toEpochMilli();
            if (a.warnings().contains(key)) {
                return Mono.empty();
            }
            return writer.mark(a, now, new Update().addToSet("warnings", key),
                    List.of(events.urged(a, UrgeKind.WARNING, message + "（" + due + "）", Actor.SYSTEM, now)));
        });
    }

    /** Reads the assignment again when a concurrent transition won the {@code {_id, version}} race. */
    private Mono<Void> change(String assignmentId, java.util.function.Function<Assignment, Mono<Assignment>> change) {
        return Mono.defer(() -> store.find(assignmentId).flatMap(change))
                .retryWhen(Retry.max(ATTEMPTS).filter(ApiException.class::isInstance))
                .then();
    }

    private static boolean sameMillis(Instant a, Instant b) {
        return a != null && b != null && a.toEpochMilli() == b.toEpochMilli();
    }
}
