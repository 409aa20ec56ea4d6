package org.linkage.taskdispatch.deadline;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentAccess;
import org.linkage.taskdispatch.assignment.AssignmentEvents;
import org.linkage.taskdispatch.assignment.AssignmentFlag;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.AssignmentWriter;
import org.linkage.taskdispatch.assignment.Extension;
import org.linkage.taskdispatch.assignment.Officers;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 延期: the assignee asks for a later completion deadline, with a reason, before the deadline has
 * passed; the parent (its reviewer) grants or refuses. A grant moves the deadline (never past the
 * parent's own) and the deadlines consumer schedules the new one; the old item no longer matches.
 */
@Service
public class Extensions {

    private static final Set<AssignmentState> UNFINISHED = EnumSet.of(AssignmentState.ISSUED, AssignmentState.RECEIVED,
            AssignmentState.DISPATCHED, AssignmentState.RETURNED);

    private final AssignmentStore store;
    private final AssignmentWriter writer;
    private final AssignmentEvents events;
    private final Clock clock;

    Extensions(AssignmentStore store, AssignmentWriter writer, AssignmentEvents events, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    public Mono<Assignment> request(LinkagePrincipal caller, String id, String reason, Instant newDueAt) {
        return load(caller, id).flatMap(a -> {
            AssignmentAccess.requireAssignee(caller, a);
            requireOpen(a);
            if (a.extension() != null && a.extension().status() == Extension.Status.PENDING) {
                throw ApiException.conflict("an extension of assignment " + id + " is already pending",
                        Map.of("currentState", a.state()));
            }
            if (!newDueAt.isAfter(a.terms().dueAt())) {
                throw ApiException.invalid("newDueAt", "must be later than the current deadline " + a.terms().dueAt());
            }
            Instant now = clock.instant();
            Extension extension = new Extension(reason.strip(), a.terms().dueAt(), newDueAt, caller.userId(), now,
                    Extension.Status.PENDING, null, null, null);
            return writer.mark(a, now, new Update().set("extension", extension),
                    List.of(events.extensionRequested(a, extension)));
        });
    }

    public Mono<Assignment> grant(LinkagePrincipal caller, String id) {
        return pending(caller, id).flatMap(a -> parentDueAt(a).map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty()).flatMap(limit -> {
                    Extension asked = a.extension();
                    if (limit.isPresent() && asked.requestedDueAt().isAfter(limit.get())) {
                        throw ApiException.conflict("the requested deadline " + asked.requestedDueAt()
                                + " is later than the parent's own " + limit.get(), Map.of("currentState", a.state()));
                    }
                    Actor actor = Actor.of(caller);
                    Instant now = clock.instant();
                    Extension granted = asked.decided(Extension.Status.GRANTED, caller.userId(), now, null);
                    return writer.mark(a, now, new Update().set("extension", granted).set("terms.dueAt", asked.requestedDueAt()),
                            List.of(events.extensionGranted(a, asked, actor, now)));
                }));
    }

    public Mono<Assignment> refuse(LinkagePrincipal caller, String id, String reason) {
        return pending(caller, id).flatMap(a -> {
            Actor actor = Actor.of(caller);
            Instant now = clock.instant();
            Extension refused = a.extension().decided(Extension.Status.REFUSED, caller.userId(), now, reason.strip());
            return writer.mark(a, now, new Update().set("extension", refused),
                    List.of(events.extensionRefused(a, reason.strip(), actor, now)));
        });
    }

    private Mono<Assignment> pending(LinkagePrincipal caller, String id) {
        return load(caller, id).map(a -> {
            AssignmentAccess.requireReviewer(caller, a);
            requireOpen(a);
            if (a.extension() == null || a.extension().status() != Extension.Status.PENDING) {
                throw ApiException.conflict("no extension of assignment " + id + " is pending", Map.of("currentState", a.state()));
            }
            return a;
        });
    }

    /** The deadline of the parent assignment, which a child's may not pass; empty at the top of the cascade. */
    private Mono<Instant> parentDueAt(Assignment a) {
        return a.parentAssignmentId() == null ? Mono.empty()
                : store.find(a.parentAssignmentId()).map(parent -> parent.terms().dueAt());
    }

    private static void requireOpen(Assignment a) {
        if (!UNFINISHED.contains(a.state())) {
            throw ApiException.conflict("cannot extend an assignment in state " + a.state(), Map.of("currentState", a.state()));
        }
        if (a.has(AssignmentFlag.OVERDUE)) {
            throw ApiException.conflict("assignment " + a.id() + " is overdue already; an extension comes before the deadline",
                    Map.of("currentState", a.state()));
        }
    }

    private Mono<Assignment> load(LinkagePrincipal caller, String id) {
        Officers.requireHandler(caller);
        return store.find(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("assignment", id)));
    }
}
