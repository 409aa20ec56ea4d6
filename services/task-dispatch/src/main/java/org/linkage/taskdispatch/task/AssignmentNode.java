package org.linkage.taskdispatch.task;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One assignment in the tree of a task, with the assignments dispatched below it. */
public record AssignmentNode(String id, String assigneeOrgId, String assigneeOrgName, OrgTier tier,
                             AssignmentRole role, AssignmentState state, Instant dueAt, List<AssignmentNode> children) {

    /**
     * The trees of the given assignments: each one whose parent is not among them is a root, so a
     * caller who sees only part of the cascade gets the part rooted at its own assignments.
     */
    public static List<AssignmentNode> forest(Collection<Assignment> assignments) {
        Map<String, Assignment> byId = assignments.stream().collect(Collectors.toMap(Assignment::id, Function.identity()));
        Map<String, List<Assignment>> byParent = assignments.stream()
                .filter(a -> a.parentAssignmentId() != null && byId.containsKey(a.parentAssignmentId()))
                .collect(Collectors.groupingBy(Assignment::parentAssignmentId));
        Set<String> nested = byParent.values().stream().flatMap(List::stream).map(Assignment::id).collect(Collectors.toSet());
        return sorted(assignments.stream().filter(a -> !nested.contains(a.id())).toList(), byParent);
    }

    private static List<AssignmentNode> sorted(List<Assignment> level, Map<String, List<Assignment>> byParent) {
        List<AssignmentNode> nodes = new ArrayList<>();
        level.stream().sorted(Comparator.comparing(Assignment::assigneeOrgName, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> nodes.add(new AssignmentNode(a.id(), a.assigneeOrgId(), a.assigneeOrgName(), a.tier(),
                        a.role(), a.state(), a.terms().dueAt(), sorted(byParent.getOrDefault(a.id(), List.of()), byParent))));
        return nodes;
    }
}
