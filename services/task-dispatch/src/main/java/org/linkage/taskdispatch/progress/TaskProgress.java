package org.linkage.taskdispatch.progress;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The roll-up of a task's tree: how many assignments stand in each state, overall, per tier of the
 * organisation tree, and for resident units (which have no tier).
 */
public record TaskProgress(int total, Map<AssignmentState, Integer> byState,
                           Map<OrgTier, Map<AssignmentState, Integer>> byTier, Map<AssignmentState, Integer> units) {

    /** Nothing counted yet: the tree of a task just issued may not be projected. */
    public static TaskProgress none() {
        return of(List.of());
    }

    static TaskProgress of(Collection<TreeNode> nodes) {
        Map<AssignmentState, Integer> byState = new EnumMap<>(AssignmentState.class);
        Map<OrgTier, Map<AssignmentState, Integer>> byTier = new EnumMap<>(OrgTier.class);
        Map<AssignmentState, Integer> units = new EnumMap<>(AssignmentState.class);
        for (TreeNode node : nodes) {
            byState.merge(node.state(), 1, Integer::sum);
            Map<AssignmentState, Integer> level = node.tier() == null ? units
                    : byTier.computeIfAbsent(node.tier(), tier -> new EnumMap<>(AssignmentState.class));
            level.merge(node.state(), 1, Integer::sum);
        }
        return new TaskProgress(nodes.size(), byState, byTier, units);
    }
}
