package org.linkage.taskdispatch.progress;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assignment tree of one task as a read model: one compact node per assignment, in one document
 * keyed by the task id, so progress and tree reads are a single {@code _id} lookup however large the
 * assignment store grows. A direct task to 600 communities is ~630 nodes, well inside one document.
 */
@Document(TaskTree.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record TaskTree(@Id String taskId, List<TreeNode> nodes, long version) {

    public static final String COLLECTION = "task_trees";

    public TaskTree {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    static TaskTree empty(String taskId) {
        return new TaskTree(taskId, List.of(), 0);
    }

    Optional<TreeNode> node(String assignmentId) {
        return nodes.stream().filter(node -> node.assignmentId().equals(assignmentId)).findFirst();
    }

    /** Whether the assignment's node is there at this version or a newer one. */
    boolean holds(String assignmentId, long version) {
        return node(assignmentId).filter(node -> node.assignmentVersion() >= version).isPresent();
    }

    /**
     * The tree with these copies of assignments merged in: a new node is added, a stored one replaced
     * unless the copy is older. Merging the same copies again changes nothing, so duplicate and
     * out-of-order events leave the same tree.
     */
    TaskTree with(Collection<TreeNode> copies) {
        Map<String, TreeNode> byId = new LinkedHashMap<>();
        nodes.forEach(node -> byId.put(node.assignmentId(), node));
        for (TreeNode copy : copies) {
            byId.merge(copy.assignmentId(), copy, (stored, fresh) -> fresh.supersedes(stored) ? fresh : stored);
        }
        return new TaskTree(taskId, new ArrayList<>(byId.values()), version);
    }
}
