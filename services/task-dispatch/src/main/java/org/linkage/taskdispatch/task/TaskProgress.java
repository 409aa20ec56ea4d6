package org.linkage.taskdispatch.task;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** The roll-up of a task's tree: how many assignments stand in each state, overall and per tier. */
public record TaskProgress(int total, Map<AssignmentState, Integer> byState,
                           Map<OrgTier, Map<AssignmentState, Integer>> byTier) {

    public static TaskProgress of(Collection<Assignment> assignments) {
        Map<AssignmentState, Integer> byState = new EnumMap<>(AssignmentState.class);
        Map<OrgTier, Map<AssignmentState, Integer>> byTier = new EnumMap<>(OrgTier.class);
        for (Assignment a : assignments) {
            byState.merge(a.state(), 1, Integer::sum);
            byTier.computeIfAbsent(a.tier(), tier -> new EnumMap<>(AssignmentState.class)).merge(a.state(), 1, Integer::sum);
        }
        return new TaskProgress(assignments.size(), byState, byTier);
    }
}
