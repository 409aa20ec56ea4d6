package org.linkage.taskdispatch.cascade;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.Terms;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.task.Task;

import java.util.ArrayList;
import java.util.List;

/**
 * How a task becomes assignments (一级抓一级):
 * <ul>
 *   <li>a street's task: each targeted community works on it;</li>
 *   <li>a district's task in RELAY mode: each street receives it and re-dispatches later, to the
 *       communities the task chose or to all of its own;</li>
 *   <li>in DIRECT mode: each community gets its assignment at once, below its street's supervising
 *       assignment; a targeted street without communities works on the task itself;</li>
 *   <li>to resident units of a category: each unit works on it and reports to the issuer, in either mode.</li>
 * </ul>
 * Parents come before their children in the result.
 */
public final class CascadePolicy {

    private CascadePolicy() {
    }

    /**
     * @param reach whose subtree the task reaches: its issuer, or a department's district; the task's
     *              issuer reviews the assignments directly below it
     */
    public static List<Assignment> plan(Task task, DirectoryOrg reach, Targets targets, Actor actor) {
        String reviewer = task.issuerOrgId();
        List<Assignment> planned = new ArrayList<>();
        for (Targets.Group group : targets.groups()) {
            if (reach.tier() == OrgTier.STREET) {
                group.communities().forEach(community -> planned.add(work(task, null, community, reviewer, actor)));
            } else if (task.mode() == TaskMode.RELAY) {
                List<String> scope = targets.communitiesChosen() ? ids(group.communities()) : List.of();
                planned.add(Assignment.issue(task.id(), null, group.street(), reviewer, AssignmentRole.RELAY,
                        streetTerms(task), scope, actor, task.issuedAt()));
            } else if (group.communities().isEmpty()) {
                planned.add(Assignment.issue(task.id(), null, group.street(), reviewer, AssignmentRole.WORK,
                        streetTerms(task), List.of(), actor, task.issuedAt()));
            } else {
                planned.addAll(supervised(task, reviewer, group, actor));
            }
        }
        for (Targets.UnitTarget target : targets.units()) {
            planned.add(Assignment.issueToUnit(task.id(), target.unit(), target.host(), reviewer, workTerms(task), actor,
                    task.issuedAt()));
        }
        return planned;
    }

    private static List<Assignment> supervised(Task task, String reviewer, Targets.Group group, Actor actor) {
        String streetAssignmentId = Assignment.idOf(task.id(), group.street().id());
        List<Assignment> communities = group.communities().stream()
                .map(community -> work(task, streetAssignmentId, community, group.street().id(), actor))
                .toList();
        Assignment street = Assignment.issue(task.id(), null, group.street(), reviewer, AssignmentRole.SUPERVISE,
                        streetTerms(task), List.of(), actor, task.issuedAt())
                .dispatchedAtOnce(communities.stream().map(Assignment::id).toList());
        List<Assignment> planned = new ArrayList<>();
        planned.add(street);
        planned.addAll(communities);
        return planned;
    }

    private static Assignment work(Task task, String parentAssignmentId, DirectoryOrg assignee, String issuerOrgId,
                                   Actor actor) {
        return Assignment.issue(task.id(), parentAssignmentId, assignee, issuerOrgId, AssignmentRole.WORK,
                workTerms(task), List.of(), actor, task.issuedAt());
    }

    private static Terms workTerms(Task task) {
        return new Terms(task.title(), task.priority(), null, task.receiptDueAt(), task.dueAt(), null);
    }

    private static Terms streetTerms(Task task) {
        return new Terms(task.title(), task.priority(), null, task.receiptDueAt(), task.dueAt(),
                task.streetShare() == null ? null : Deadlines.tierDueAt(task.issuedAt(), task.dueAt(), task.streetShare()));
    }

    private static List<String> ids(List<DirectoryOrg> orgs) {
        return orgs.stream().map(DirectoryOrg::id).toList();
    }
}
