package org.linkage.taskdispatch.cascade;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.messaging.intent.IntentState;
import org.linkage.platform.messaging.intent.Intents;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.problem.ApiException.FieldError;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentEvents;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.Officers;
import org.linkage.taskdispatch.burden.IssueScreening;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.task.Task;
import org.linkage.taskdispatch.task.TaskEvents;
import org.linkage.taskdispatch.task.TaskRequests;
import org.linkage.taskdispatch.task.TaskState;
import org.linkage.taskdispatch.task.TaskStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues a task: everything is checked first (nothing is written on a refusal), then the task, all
 * its assignments and all their events go into ONE intent that {@link FanOut} applies. Before that,
 * the task is screened (基层减负): refused with 409 if it would push a community past its budget,
 * unless the issuer overrides (the warning is then recorded on the task), and flagged when it nearly
 * duplicates an open task reaching the same organisations.
 */
@Service
public class TaskIssuing {

    private final OrgDirectory directory;
    private final TargetResolver targets;
    private final TaskEvents taskEvents;
    private final AssignmentEvents assignmentEvents;
    private final TaskStore tasks;
    private final Intents intents;
    private final IssueScreening screening;
    private final Clock clock;

    TaskIssuing(OrgDirectory directory, TargetResolver targets, TaskEvents taskEvents, AssignmentEvents assignmentEvents,
                TaskStore tasks, Intents intents, IssueScreening screening, Clock clock) {
        this.screening = screening;
        this.directory = directory;
        this.targets = targets;
        this.taskEvents = taskEvents;
        this.assignmentEvents = assignmentEvents;
        this.tasks = tasks;
        this.intents = intents;
        this.clock = clock;
    }

    /** The task as it stands after the attempt, and whether its cascade is written yet. */
    public record Issued(Task task, boolean complete) {
    }

    public Mono<Issued> issue(LinkagePrincipal caller, TaskRequests.IssueTask request) {
        Officers.requireIssuer(caller);
        Instant now = clock.instant();
        List<FieldError> errors = Deadlines.check(request.receiptDueAt(), request.dueAt(), now, null);
        if (!errors.isEmpty()) {
            return Mono.error(ApiException.invalid(errors));
        }
        return issuer(caller.orgId()).flatMap(issuer -> reach(issuer)
                .flatMap(reach -> targets.resolve(reach, request.scope(), request.targets(), request.targetUnitCategory(),
                                request.mode())
                        .flatMap(resolved -> submit(caller, issuer, reach, request, resolved, now))));
    }

    private Mono<DirectoryOrg> issuer(String orgId) {
        return directory.find(orgId)
                .switchIfEmpty(Mono.error(() -> ApiException.conflict(
                        "organisation " + orgId + " is not in the directory yet; retry shortly")))
                .doOnNext(org -> {
                    if (org.tier() != OrgTier.STREET && org.tier() != OrgTier.DISTRICT || org.retired()) {
                        throw ApiException.forbidden("only active districts, district departments and streets issue tasks");
                    }
                });
    }

    /**
     * Whose subtree the task reaches: the issuer's own, or for a district department (职能部门) its
     * district's; the department stays the issuer and reviews what comes back.
     */
    private Mono<DirectoryOrg> reach(DirectoryOrg issuer) {
        if (issuer.kind() != OrgKind.DEPARTMENT) {
            return Mono.just(issuer);
        }
        return directory.find(issuer.parentId()).filter(district -> !district.retired())
                .switchIfEmpty(Mono.error(() -> ApiException.conflict("the district of department " + issuer.id()
                        + " is not in the directory yet; retry shortly")));
    }

    private Mono<Issued> submit(LinkagePrincipal caller, DirectoryOrg issuer, DirectoryOrg reach,
                                TaskRequests.IssueTask request, Targets resolved, Instant now) {
        return reached(reach, resolved)
                .flatMap(reached -> screening.screen(reached.communities(), reached.others(), request.title().strip(),
                        request.body().strip(), now))
                .flatMap(screened -> {
                    if (!screened.overBudget().isEmpty() && !request.overridesBurden()) {
                        return Mono.error(ApiException.conflict("the task would push " + screened.overBudget().size()
                                        + " communities past their budget of " + screened.budget()
                                        + " open assignments (基层减负); send overrideBurden: true to issue it anyway",
                                Map.of("budget", screened.budget(), "overBudget", screened.overBudget())));
                    }
                    Task drafted = draft(caller, issuer, request, now).with(request.targetUnitCategory(), request.attachments())
                            .screened(screened.warning(), screened.duplicateOf(), screened.similarity());
                    return write(caller, issuer, reach, drafted, resolved);
                });
    }

    /** The communities that will work on the task (a relay street's communities too) and the streets it reaches. */
    private record Reached(List<DirectoryOrg> communities, List<DirectoryOrg> others) {
    }

    private Mono<Reached> reached(DirectoryOrg issuer, Targets resolved) {
        boolean fromDistrict = issuer.tier() == OrgTier.DISTRICT;
        List<DirectoryOrg> streets = fromDistrict ? resolved.groups().stream().map(Targets.Group::street).toList() : List.of();
        return Flux.fromIterable(resolved.groups())
                .concatMap(group -> !group.communities().isEmpty() || !fromDistrict
                        ? Flux.fromIterable(group.communities())
                        : directory.children(group.street().id(), OrgTier.COMMUNITY).filter(c -> !c.retired()))
                .collectList()
                .map(communities -> new Reached(communities, streets));
    }

    private Mono<Issued> write(LinkagePrincipal caller, DirectoryOrg issuer, DirectoryOrg reach, Task drafted,
                               Targets resolved) {
        List<Assignment> planned = CascadePolicy.plan(drafted, reach, resolved, new Actor(caller.userId(), issuer.id()));
        Task task = drafted.withTopAssignments(planned.stream().filter(Assignment::isTopLevel).map(Assignment::id).toList());
        return intents.submit("task-issue:" + task.id(), FanOut.KIND, new FanOut.Plan(task, planned), events(task, planned))
                .flatMap(intent -> tasks.find(task.id()).defaultIfEmpty(task)
                        .map(stored -> new Issued(stored, intent.state() == IntentState.DONE)));
    }

    /** TaskIssued first, then each assignment's AssignmentIssued (and a supervising street's AssignmentDispatched). */
    private List<EventEnvelope> events(Task task, List<Assignment> planned) {
        List<EventEnvelope> events = new ArrayList<>();
        events.add(taskEvents.issued(task));
        for (Assignment assignment : planned) {
            events.add(assignmentEvents.issued(assignment, task.mode(), null));
            if (assignment.role() == AssignmentRole.SUPERVISE) {
                events.add(assignmentEvents.dispatched(assignment, assignment.childIds(), null, task.issuedAt()));
            }
        }
        return events;
    }

    private static Task draft(LinkagePrincipal caller, DirectoryOrg issuer, TaskRequests.IssueTask request, Instant now) {
        Double streetShare = request.tierShares() == null ? null : request.tierShares().street();
        return new Task("task-" + UUID.randomUUID(), issuer.districtId(), issuer.id(), issuer.path(), caller.userId(),
                request.title().strip(), request.body().strip(), request.category().strip(), request.priority(),
                request.mode(), request.scope(), List.copyOf(new LinkedHashSet<>(request.targets())),
                request.receiptDueAt(), request.dueAt(), streetShare, Boolean.TRUE.equals(request.mustAcknowledge()),
                TaskState.PENDING, List.of(), List.of(), now, null, null, 0, List.of());
    }
}
