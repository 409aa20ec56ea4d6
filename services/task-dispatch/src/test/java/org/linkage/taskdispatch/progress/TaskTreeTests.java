package org.linkage.taskdispatch.progress;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentState;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkage.taskdispatch.assignment.AssignmentState.APPROVED;
import static org.linkage.taskdispatch.assignment.AssignmentState.DISPATCHED;
import static org.linkage.taskdispatch.assignment.AssignmentState.ISSUED;
import static org.linkage.taskdispatch.assignment.AssignmentState.REPORTED;

/** The tree's merge and its reading, without a store: district d → streets s1, s2 → communities. */
class TaskTreeTests {

    private static final Instant AT = Instant.parse("2026-05-01T08:00:00Z");

    private static final TreeNode S1 = street("s1", "第1街道", DISPATCHED, 1);
    private static final TreeNode S2 = street("s2", "第2街道", DISPATCHED, 1);
    private static final TreeNode C11 = community("s1", "c11", "第1-1社区", REPORTED, 2);
    private static final TreeNode C12 = community("s1", "c12", "第1-2社区", ISSUED, 0);
    private static final TreeNode C13 = community("s1", "c13", "第1-3社区", APPROVED, 3);
    private static final TreeNode C21 = community("s2", "c21", "第2-1社区", ISSUED, 0);

    private static final TaskTree TREE = TaskTree.empty("t").with(List.of(S1, S2, C11, C12, C13, C21));

    @Test
    void mergingTheSameCopiesAgainChangesNothing() {
        assertThat(TREE.with(List.of(C11, S2, C12))).isEqualTo(TREE);
    }

    @Test
    void aNewerCopyReplacesItsNodeAndAnOlderOneIsIgnored() {
        TreeNode approved = community("s1", "c11", "第1-1社区", APPROVED, 3);
        TaskTree after = TREE.with(List.of(approved));

        assertThat(after.node("t:c11")).contains(approved);
        assertThat(after.nodes()).hasSameSizeAs(TREE.nodes());
        assertThat(after.with(List.of(C11)).node("t:c11")).as("the late REPORTED copy").contains(approved);
    }

    @Test
    void progressCountsPerStateAndTierWhatTheCallerSees() {
        TaskProgress all = new VisibleTree(TREE, node -> true).progress();

        assertThat(all.total()).isEqualTo(6);
        assertThat(all.byState()).containsExactlyInAnyOrderEntriesOf(Map.of(DISPATCHED, 2, REPORTED, 1, ISSUED, 2, APPROVED, 1));
        assertThat(all.byTier()).containsEntry(OrgTier.STREET, Map.of(DISPATCHED, 2))
                .containsEntry(OrgTier.COMMUNITY, Map.of(REPORTED, 1, ISSUED, 2, APPROVED, 1));

        TaskProgress street = new VisibleTree(TREE, within("s1")).progress();
        assertThat(street.total()).isEqualTo(4);
        assertThat(street.byTier()).containsOnlyKeys(OrgTier.STREET, OrgTier.COMMUNITY);
    }

    @Test
    void theTopLevelIsPagedInNameOrderWithChildCountsAndTheStatesBelow() {
        VisibleTree tree = new VisibleTree(TREE, node -> true);

        TreeLevel first = tree.top(0, 1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.items()).singleElement().satisfies(node -> {
            assertThat(node.id()).isEqualTo("t:s1");
            assertThat(node.childCount()).isEqualTo(3);
            assertThat(node.belowByState()).isEqualTo(Map.of(REPORTED, 1, ISSUED, 1, APPROVED, 1));
        });
        assertThat(tree.top(1, 1).items()).extracting(TreeLevel.Node::id).containsExactly("t:s2");
        assertThat(tree.top(2, 1).items()).isEmpty();
    }

    @Test
    void aLevelBelowAnAssignmentListsItsChildren() {
        VisibleTree tree = new VisibleTree(TREE, node -> true);

        TreeLevel page = tree.childrenOf("t:s1", 0, 2);
        assertThat(page.parentId()).isEqualTo("t:s1");
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(TreeLevel.Node::id).containsExactly("t:c11", "t:c12");
        assertThat(page.items()).allSatisfy(node -> assertThat(node.childCount()).isZero());
        assertThat(tree.childrenOf("t:s1", 1, 2).items()).extracting(TreeLevel.Node::id).containsExactly("t:c13");
    }

    @Test
    void aCommunitySeesOnlyItsOwnNodeAsItsTop() {
        VisibleTree tree = new VisibleTree(TREE, within("c12"));

        assertThat(tree.top(0, 50).items()).extracting(TreeLevel.Node::id).containsExactly("t:c12");
        assertThat(tree.find("t:s1")).isEmpty();
        assertThat(tree.progress().total()).isEqualTo(1);
    }

    @Test
    void aNodeWhoseParentIsNotProjectedYetWaitsForIt() {
        TaskTree partial = TaskTree.empty("t").with(List.of(S2, C11));

        assertThat(new VisibleTree(partial, node -> true).top(0, 50).items()).extracting(TreeLevel.Node::id)
                .containsExactly("t:s2");
    }

    /** Organisations in the subtree of {@code org}, as OrgScope.covers would tell. */
    private static Predicate<TreeNode> within(String org) {
        return node -> node.assigneeOrgId().equals(org) || node.assigneeOrgPath().contains(org);
    }

    private static TreeNode street(String org, String name, AssignmentState state, long version) {
        return new TreeNode("t:" + org, null, org, List.of("d"), name, OrgTier.STREET, AssignmentRole.SUPERVISE, state,
                List.of(), AT, AT.plusSeconds(86_400), AT, version, "d");
    }

    private static TreeNode community(String street, String org, String name, AssignmentState state, long version) {
        return new TreeNode("t:" + org, "t:" + street, org, List.of("d", street), name, OrgTier.COMMUNITY,
                AssignmentRole.WORK, state, List.of(), AT, AT.plusSeconds(86_400), AT, version, street);
    }
}
