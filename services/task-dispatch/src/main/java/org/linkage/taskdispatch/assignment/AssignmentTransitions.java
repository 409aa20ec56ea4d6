package org.linkage.taskdispatch.assignment;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The transitions people make: the assignee receives and reports, the reviewer approves or returns.
 * Each checks, in order: the assignment exists (404), the caller may act (403), the state allows it (409).
 */
@Service
public class AssignmentTransitions {

    private final AssignmentStore store;
    private final AssignmentWriter writer;
    private final AssignmentEvents events;
    private final Clock clock;

    public AssignmentTransitions(AssignmentStore store, AssignmentWriter writer, AssignmentEvents events, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    public Mono<Assignment> receive(LinkagePrincipal caller, String id) {
        return load(caller, id).flatMap(a -> {
            AssignmentAccess.requireAssignee(caller, a);
            AssignmentAccess.requireNotDispatching(a);
            Actor actor = Actor.of(caller);
            Instant now = clock.instant();
            return writer.apply(a, AssignmentAction.RECEIVE, actor, now, null, new Update(),
                    events.received(a, actor, now));
        });
    }

    public Mono<Assignment> report(LinkagePrincipal caller, String id, AssignmentRequests.ReportWork request) {
        return load(caller, id).flatMap(a -> {
            AssignmentAccess.requireAssignee(caller, a);
            AssignmentAccess.requireNotDispatching(a);
            Instant now = clock.instant();
            List<String> attachments = request.attachmentIds() == null ? List.of() : List.copyOf(request.attachmentIds());
            Report report = new Report(request.summary().strip(), attachments, false, caller.userId(), now);
            return writer.apply(a, AssignmentAction.REPORT, Actor.of(caller), now, null,
                    new Update().set("report", report).unset("returnReason"), events.reported(a, report));
        });
    }

    public Mono<Assignment> approve(LinkagePrincipal caller, String id, AssignmentRequests.Approve request) {
        return load(caller, id).flatMap(a -> {
            AssignmentAccess.requireReviewer(caller, a);
            String comment = request == null ? null : request.comment();
            Actor actor = Actor.of(caller);
            Instant now = clock.instant();
            return writer.apply(a, AssignmentAction.APPROVE, actor, now, comment, new Update(),
                    events.approved(a, comment, actor, now));
        });
    }

    public Mono<Assignment> returnToWork(LinkagePrincipal caller, String id, AssignmentRequests.ReturnToWork request) {
        return load(caller, id).flatMap(a -> {
            AssignmentAccess.requireReviewer(caller, a);
            String reason = request.reason().strip();
            Actor actor = Actor.of(caller);
            Instant now = clock.instant();
            return writer.apply(a, AssignmentAction.RETURN, actor, now, reason, new Update().set("returnReason", reason),
                    events.returned(a, reason, actor, now));
        });
    }

    private Mono<Assignment> load(LinkagePrincipal caller, String id) {
        Officers.requireHandler(caller);
        return store.find(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("assignment", id)));
    }
}
