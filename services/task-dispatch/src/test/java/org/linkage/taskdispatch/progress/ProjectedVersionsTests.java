package org.linkage.taskdispatch.progress;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectedVersionsTests {

    @Test
    void aVersionSeenCoversItselfAndOlderOnesOnly() {
        ProjectedVersions projected = new ProjectedVersions(10);
        projected.remember(tree(node("a", 3)));

        assertThat(projected.holds("a", 3)).isTrue();
        assertThat(projected.holds("a", 0)).isTrue();
        assertThat(projected.holds("a", 4)).isFalse();
        assertThat(projected.holds("b", 0)).as("never seen").isFalse();
    }

    @Test
    void anOlderTreeReadLaterDoesNotLowerWhatWasSeen() {
        ProjectedVersions projected = new ProjectedVersions(10);
        projected.remember(tree(node("a", 5)));
        projected.remember(tree(node("a", 2)));

        assertThat(projected.holds("a", 5)).isTrue();
    }

    @Test
    void theLeastRecentlyUsedAreForgottenPastTheBound() {
        ProjectedVersions projected = new ProjectedVersions(2);
        projected.remember(tree(node("a", 1), node("b", 1)));
        projected.holds("a", 1);
        projected.remember(tree(node("c", 1)));

        assertThat(projected.holds("a", 1)).isTrue();
        assertThat(projected.holds("b", 1)).isFalse();
        assertThat(projected.holds("c", 1)).isTrue();
    }

    private static TaskTree tree(TreeNode... nodes) {
        return new TaskTree("t", List.of(nodes), 1);
    }

    private static TreeNode node(String id, long version) {
        return new TreeNode(id, null, id, List.of("d"), id, OrgTier.STREET, AssignmentRole.RELAY, AssignmentState.ISSUED,
                List.of(), null, null, null, version, "d");
    }
}
