package org.linkage.taskdispatch.burden;

import java.util.List;

/**
 * Recorded on a task issued with {@code overrideBurden}: the communities it pushed past their budget.
 *
 * @param budget     the open-assignment budget per community when the task was issued
 * @param overBudget each community that passes it with this task, and how many it held before
 */
public record BurdenWarning(int budget, List<CommunityLoad> overBudget) {
}
