package org.linkage.taskdispatch.progress;

import org.linkage.taskdispatch.assignment.AssignmentState;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The part of a task's tree one caller may see, read level by level. Pure: the caller's scope comes
 * in as a predicate, so the reading is tested without a principal or a store.
 */
final class VisibleTree {

    /** Stable paging: by organisation name, then by assignment id for namesakes. */
    private static final Comparator<TreeNode> BY_NAME = Comparator
            .comparing(TreeNode::assigneeOrgName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TreeNode::assignmentId);

    private final String taskId;
    private final Map<String, TreeNode> all;
    private final Map<String, TreeNode> visible;
    private final Map<String, List<TreeNode>> childrenOf;

    VisibleTree(TaskTree tree, Predicate<TreeNode> sees) {
        this.taskId = tree.taskId();
        this.all = tree.nodes().stream().collect(Collectors.toMap(TreeNode::assignmentId, Function.identity()));
        this.visible = tree.nodes().stream().filter(sees)
                .collect(Collectors.toMap(TreeNode::assignmentId, Function.identity()));
        this.childrenOf = visible.values().stream().filter(node -> !node.isTopLevel())
                .collect(Collectors.groupingBy(TreeNode::parentAssignmentId));
    }

    TaskProgress progress() {
        return TaskProgress.of(visible.values());
    }

    Optional<TreeNode> find(String assignmentId) {
        return Optional.ofNullable(visible.get(assignmentId));
    }

    /**
     * The top of the caller's view: the top-level assignments for the issuer's side, else the caller's
     * own assignments (their parents are out of its scope). A node whose parent is not projected yet
     * waits for it rather than posing as a root.
     */
    TreeLevel top(int page, int size) {
        List<TreeNode> roots = visible.values().stream()
                .filter(node -> node.isTopLevel()
                        || all.containsKey(node.parentAssignmentId()) && !visible.containsKey(node.parentAssignmentId()))
                .toList();
        return page(null, roots, page, size);
    }

    TreeLevel childrenOf(String parentId, int page, int size) {
        return page(parentId, childrenOf.getOrDefault(parentId, List.of()), page, size);
    }

    private TreeLevel page(String parentId, List<TreeNode> level, int page, int size) {
        List<TreeLevel.Node> items = level.stream().sorted(BY_NAME)
                .skip((long) page * size).limit(size)
                .map(this::view).toList();
        return new TreeLevel(taskId, parentId, items, page, size, level.size());
    }

    private TreeLevel.Node view(TreeNode node) {
        List<TreeNode> children = childrenOf.getOrDefault(node.assignmentId(), List.of());
        return new TreeLevel.Node(node.assignmentId(), node.parentAssignmentId(), node.assigneeOrgId(),
                node.assigneeOrgName(), node.tier(), node.role(), node.state(), node.flags(), node.receiptDueAt(),
                node.dueAt(), node.updatedAt(), children.size(), belowByState(node));
    }

    private Map<AssignmentState, Integer> belowByState(TreeNode node) {
        Map<AssignmentState, Integer> counts = new EnumMap<>(AssignmentState.class);
        Deque<TreeNode> pending = new ArrayDeque<>(childrenOf.getOrDefault(node.assignmentId(), List.of()));
        while (!pending.isEmpty()) {
            TreeNode next = pending.pop();
            counts.merge(next.state(), 1, Integer::sum);
            pending.addAll(childrenOf.getOrDefault(next.assignmentId(), List.of()));
        }
        return counts;
    }
}
