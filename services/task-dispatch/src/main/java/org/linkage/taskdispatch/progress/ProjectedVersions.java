package org.linkage.taskdispatch.progress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this replica last wrote or read in the trees: the version of each assignment's node. A node is
 * never replaced by an older copy, so "the tree holds version v or newer" stays true once seen, and an
 * event about an assignment at that version needs no read of its (large) tree. A miss only costs the
 * read; least recently used entries are forgotten past the bound. (Rebuilding the trees by deleting
 * them means restarting the consumers anyway, which empties this.)
 */
final class ProjectedVersions {

    private final Map<String, Long> byAssignment;

    ProjectedVersions(int bound) {
        this.byAssignment = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > bound;
            }
        };
    }

    synchronized boolean holds(String assignmentId, long version) {
        Long known = byAssignment.get(assignmentId);
        return known != null && known >= version;
    }

    synchronized void remember(TaskTree tree) {
        tree.nodes().forEach(node -> byAssignment.merge(node.assignmentId(), node.assignmentVersion(), Math::max));
    }
}
