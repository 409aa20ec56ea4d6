package org.linkage.taskdispatch.sendback;

import org.linkage.platform.messaging.intent.Intent;
import org.linkage.platform.messaging.intent.Intents;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.problem.ApiException.FieldError;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentAccess;
import org.linkage.taskdispatch.assignment.AssignmentAction;
import org.linkage.taskdispatch.assignment.AssignmentEvents;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.AssignmentWriter;
import org.linkage.taskdispatch.assignment.Officers;
import org.linkage.taskdispatch.assignment.SendBack;
import org.linkage.taskdispatch.assignment.Terms;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.task.TaskStore;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 退单. The assignee sends misrouted work back before doing any of it; its reviewer (the organisation
 * that issued it) either insists, and the assignee receives it again, or re-targets it to a sibling
 * organisation, which gets a new assignment with the same terms while this one is closed.
 */
@Service
public class SendBacks {

    private final AssignmentStore store;
    private final AssignmentWriter writer;
    private final AssignmentEvents events;
    private final OrgDirectory directory;
    private final TaskStore tasks;
    private final Intents intents;
    private final Clock clock;

    SendBacks(AssignmentStore store, AssignmentWriter writer, AssignmentEvents events, OrgDirectory directory,
              TaskStore tasks, Intents intents, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.events = events;
        this.directory = directory;
        this.tasks = tasks;
        this.intents = intents;
        this.clock = clock;
    }

    public Mono<Assignment> sendBack(LinkagePrincipal caller, String id, SendBackRequests.SendBack request) {
        return load(caller, id).flatMap(a -> {
            AssignmentAccess.requireAssignee(caller, a);
            AssignmentAccess.requireNotDispatching(a);
            String suggested = blankToNull(request.suggestedOrgId());
            Mono<Void> suggestionKnown = suggested == null ? Mono.empty() : directory.find(suggested)
                    .switchIfEmpty(Mono.error(() -> ApiException.invalid("suggestedOrgId", "unknown organisation")))
                    .then();
            Instant now = clock.instant();
            SendBack sendBack = SendBack.asked(request.reason().strip(), suggested, caller.userId(), now);
            return suggestionKnown.then(writer.apply(a, AssignmentAction.SEND_BACK, Actor.of(caller), now,
                    sendBack.reason(), new Update().set("sendBack", sendBack), events.sentBack(a, sendBack)));
        });
    }

    public Mono<Assignment> insist(LinkagePrincipal caller, String id, SendBackRequests.Insist request) {
        return load(caller, id).flatMap(a -> {
            AssignmentAccess.requireReviewer(caller, a);
            Actor actor = Actor.of(caller);
            Instant now = clock.instant();
            String comment = request.comment().strip();
            Update fields = a.sendBack() == null ? new Update()
                    : new Update().set("sendBack", a.sendBack().decided(SendBack.Decision.INSISTED, null, comment,
                    caller.userId(), now));
            return writer.apply(a, AssignmentAction.INSIST, actor, now, comment, fields,
                    events.insisted(a, comment, actor, now));
        });
    }

    /** 200 with the new assignment once written, or the intent still pending (202). */
    public Mono<Intent> retarget(LinkagePrincipal caller, String id, SendBackRequests.Retarget request) {
        return load(caller, id).flatMap(a -> {
            AssignmentAccess.requireReviewer(caller, a);
            AssignmentWriter.requireAllowed(a, AssignmentAction.RETARGET);
            return directory.find(request.orgId())
                    .switchIfEmpty(Mono.error(() -> ApiException.invalid("orgId", "unknown organisation")))
                    .flatMap(target -> requireSibling(a, target).then(tasks.find(a.taskId())).flatMap(task -> {
                        Instant now = clock.instant();
                        Terms terms = terms(a, request, now);
                        Actor actor = Actor.of(caller);
                        Assignment replacement = Assignment.issue(a.taskId(), a.parentAssignmentId(), target,
                                a.issuerOrgId(), a.role(), terms, List.of(), actor, now);
                        Assignment withEvent = replacement.withOutbox(List.of(
                                events.issued(replacement, task.mode(), caller.userId())));
                        String reason = request.reason() == null || request.reason().isBlank()
                                ? "退单改派至" + target.name() : request.reason().strip();
                        var plan = new RetargetApplier.Plan(a.id(), a.version(), withEvent, reason, actor, now);
                        return store.find(replacement.id()).hasElement().flatMap(exists -> exists
                                ? Mono.error(ApiException.conflict("organisation " + target.id()
                                + " already has an assignment in task " + a.taskId(), Map.of("currentState", a.state())))
                                : intents.submit("assignment-retarget:" + a.id() + ":v" + a.version(), RetargetApplier.KIND,
                                plan, List.of()));
                    }));
        });
    }

    /** The new organisation stands where the old one did: same parent, same tier, still active. */
    private static Mono<Void> requireSibling(Assignment a, DirectoryOrg target) {
        String problem = target.retired() ? "retired"
                : target.id().equals(a.assigneeOrgId()) ? "is the organisation that sent it back"
                : target.tier() != a.tier() || !target.path().equals(a.assigneeOrgPath())
                ? "must be a " + a.tier() + " under the same parent as " + a.assigneeOrgName() : null;
        return problem == null ? Mono.empty() : Mono.error(ApiException.invalid("orgId", problem));
    }

    private static Terms terms(Assignment a, SendBackRequests.Retarget request, Instant now) {
        Terms old = a.terms();
        Instant receiptDueAt = request.receiptDueAt() == null ? old.receiptDueAt() : request.receiptDueAt();
        Instant dueAt = request.dueAt() == null ? old.dueAt() : request.dueAt();
        List<FieldError> errors = new ArrayList<>();
        if (!receiptDueAt.isAfter(now)) {
            errors.add(new FieldError("receiptDueAt", request.receiptDueAt() == null
                    ? "the original receipt deadline has passed; give a new one" : "must be in the future"));
        }
        if (!dueAt.isAfter(now)) {
            errors.add(new FieldError("dueAt", "must be in the future"));
        } else if (dueAt.isAfter(old.dueAt())) {
            errors.add(new FieldError("dueAt", "must not be later than the original deadline " + old.dueAt()));
        } else if (receiptDueAt.isAfter(dueAt)) {
            errors.add(new FieldError("receiptDueAt", "must not be later than dueAt"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Terms(old.title(), old.priority(), old.instructions(), receiptDueAt, dueAt, old.tierDueAt());
    }

    private Mono<Assignment> load(LinkagePrincipal caller, String id) {
        Officers.requireHandler(caller);
        return store.find(id).filter(a -> AssignmentAccess.sees(caller, a) || a.issuerOrgId().equals(caller.orgId()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("assignment", id)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
