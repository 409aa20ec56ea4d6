package org.linkage.taskdispatch.cascade;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.platform.messaging.intent.Intents;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.problem.ApiException.FieldError;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentAccess;
import org.linkage.taskdispatch.assignment.AssignmentAction;
import org.linkage.taskdispatch.assignment.AssignmentEvents;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.AssignmentWriter;
import org.linkage.taskdispatch.assignment.Officers;
import org.linkage.taskdispatch.assignment.Terms;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A relay street hands its assignment on to its own communities, with its instructions and a
 * deadline no later than its own. Checked in full first, then written as one intent applied by
 * {@link RedispatchApplier}. The intent id names the assignment's version, so two concurrent
 * re-dispatches of the same assignment become one intent and the loser is told so.
 */
@Service
public class Redispatch {

    private final AssignmentStore store;
    private final AssignmentEvents events;
    private final OrgDirectory directory;
    private final Intents intents;
    private final Clock clock;

    Redispatch(AssignmentStore store, AssignmentEvents events, OrgDirectory directory, Intents intents, Clock clock) {
        this.store = store;
        this.events = events;
        this.directory = directory;
        this.intents = intents;
        this.clock = clock;
    }

    /** The assignment after the attempt, and whether the re-dispatch is written yet. */
    public record Dispatched(Assignment assignment, boolean complete) {
    }

    public Mono<Dispatched> dispatch(LinkagePrincipal caller, String id, DispatchRequest request) {
        Officers.requireHandler(caller);
        return store.find(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("assignment", id)))
                .flatMap(street -> {
                    AssignmentAccess.requireAssignee(caller, street);
                    AssignmentAccess.requireNotDispatching(street);
                    AssignmentWriter.requireAllowed(street, AssignmentAction.DISPATCH);
                    if (street.role() != AssignmentRole.RELAY) {
                        throw ApiException.conflict("only a relay street's assignment is re-dispatched; this one is "
                                + street.role(), Map.of("currentState", street.state()));
                    }
                    Instant now = clock.instant();
                    List<FieldError> errors = new ArrayList<>(
                            Deadlines.check(request.receiptDueAt(), request.dueAt(), now, street.terms().dueAt()));
                    if (request.toAll() == !request.chosen().isEmpty()) {
                        errors.add(new FieldError("communityIds", "name communities, or set all to true, not both"));
                    }
                    if (!errors.isEmpty()) {
                        throw ApiException.invalid(errors);
                    }
                    return communities(street, request)
                            .flatMap(communities -> submit(caller, street, request, communities, now));
                });
    }

    /** The street's active communities, narrowed to those the task chose, then to those the request names. */
    private Mono<List<DirectoryOrg>> communities(Assignment street, DispatchRequest request) {
        return directory.children(street.assigneeOrgId(), OrgTier.COMMUNITY)
                .filter(community -> !community.retired())
                .filter(community -> street.communityScope().isEmpty() || street.communityScope().contains(community.id()))
                .collectList()
                .map(reachable -> {
                    if (request.toAll()) {
                        if (reachable.isEmpty()) {
                            throw ApiException.invalid("all", "the street has no community to dispatch to");
                        }
                        return reachable;
                    }
                    return named(reachable, request.chosen());
                });
    }

    private static List<DirectoryOrg> named(List<DirectoryOrg> reachable, List<String> ids) {
        Map<String, DirectoryOrg> byId = reachable.stream().collect(Collectors.toMap(DirectoryOrg::id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!byId.containsKey(ids.get(i))) {
                errors.add(new FieldError("communityIds[" + i + "]", "not an active community this assignment reaches"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Set<String> distinct = new LinkedHashSet<>(ids);
        return distinct.stream().map(byId::get).toList();
    }

    private Mono<Dispatched> submit(LinkagePrincipal caller, Assignment street, DispatchRequest request,
                                    List<DirectoryOrg> communities, Instant now) {
        Actor actor = Actor.of(caller);
        String instructions = request.instructions() == null || request.instructions().isBlank() ? null
                : request.instructions().strip();
        Terms terms = new Terms(street.terms().title(), street.terms().priority(), instructions, request.receiptDueAt(),
                request.dueAt(), null);
        List<Assignment> children = communities.stream()
                .map(community -> Assignment.issue(street.taskId(), street.id(), community, street.assigneeOrgId(),
                        AssignmentRole.WORK, terms, List.of(), actor, now))
                .map(child -> child.withOutbox(List.of(events.issued(child, TaskMode.RELAY, caller.userId()))))
                .toList();
        String intentId = "assignment-dispatch:" + street.id() + ":v" + street.version();
        var plan = new RedispatchApplier.Plan(street.id(), street.version(), children, actor, now);
        return intents.submit(intentId, RedispatchApplier.KIND, plan, List.of())
                .filter(intent -> RedispatchApplier.childIds(intent).equals(plan.childIds()))
                .switchIfEmpty(Mono.error(() -> changedMeanwhile(street, street)))
                .then(store.find(street.id()))
                .map(after -> {
                    if (intentId.equals(after.lastDispatchIntentId())) {
                        return new Dispatched(after, true);
                    }
                    if (intentId.equals(after.dispatchingIntentId())) {
                        return new Dispatched(after, false);
                    }
                    throw changedMeanwhile(street, after);
                });
    }

    private static ApiException changedMeanwhile(Assignment before, Assignment after) {
        return ApiException.conflict("assignment " + before.id() + " was changed meanwhile; reload and retry",
                Map.of("currentState", after.state()));
    }
}
