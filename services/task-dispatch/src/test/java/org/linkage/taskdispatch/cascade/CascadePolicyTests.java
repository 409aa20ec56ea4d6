package org.linkage.taskdispatch.cascade;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.events.task.TargetScope;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.platform.events.task.TaskPriority;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.task.Task;
import org.linkage.taskdispatch.task.TaskState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CascadePolicyTests {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final Actor ISSUER = new Actor("user-1", "d");
    private static final DirectoryOrg DISTRICT = org("d", OrgTier.DISTRICT, null);
    private static final DirectoryOrg STREET_A = org("a", OrgTier.STREET, DISTRICT);
    private static final DirectoryOrg STREET_B = org("b", OrgTier.STREET, DISTRICT);
    private static final DirectoryOrg COMMUNITY_A1 = org("a1", OrgTier.COMMUNITY, STREET_A);
    private static final DirectoryOrg COMMUNITY_A2 = org("a2", OrgTier.COMMUNITY, STREET_A);

    @Test
    void relayGivesEachStreetOneAssignmentToReDispatch() {
        Targets targets = new Targets(List.of(new Targets.Group(STREET_A, List.of()), new Targets.Group(STREET_B, List.of())), false);

        List<Assignment> plan = CascadePolicy.plan(task(TaskMode.RELAY, 0.3), DISTRICT, targets, ISSUER);

        assertThat(plan).extracting(Assignment::id).containsExactly("t:a", "t:b");
        assertThat(plan).allSatisfy(a -> {
            assertThat(a.role()).isEqualTo(AssignmentRole.RELAY);
            assertThat(a.state()).isEqualTo(AssignmentState.ISSUED);
            assertThat(a.issuerOrgId()).isEqualTo("d");
            assertThat(a.isTopLevel()).isTrue();
            assertThat(a.terms().tierDueAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        });
    }

    @Test
    void relayToChosenCommunitiesLimitsWhatTheStreetMayReach() {
        Targets targets = new Targets(List.of(new Targets.Group(STREET_A, List.of(COMMUNITY_A2))), true);

        List<Assignment> plan = CascadePolicy.plan(task(TaskMode.RELAY, null), DISTRICT, targets, ISSUER);

        assertThat(plan).singleElement().satisfies(a -> {
            assertThat(a.communityScope()).containsExactly("a2");
            assertThat(a.terms().tierDueAt()).isNull();
        });
    }

    @Test
    void directPutsCommunitiesBelowTheirStreetsSupervisingAssignment() {
        Targets targets = new Targets(List.of(new Targets.Group(STREET_A, List.of(COMMUNITY_A1, COMMUNITY_A2)),
                new Targets.Group(STREET_B, List.of())), false);

        List<Assignment> plan = CascadePolicy.plan(task(TaskMode.DIRECT, null), DISTRICT, targets, ISSUER);

        assertThat(plan).extracting(Assignment::id).containsExactly("t:a", "t:a1", "t:a2", "t:b");
        Assignment supervising = plan.get(0);
        assertThat(supervising.role()).isEqualTo(AssignmentRole.SUPERVISE);
        assertThat(supervising.state()).isEqualTo(AssignmentState.DISPATCHED);
        assertThat(supervising.childIds()).containsExactly("t:a1", "t:a2");
        assertThat(plan.subList(1, 3)).allSatisfy(community -> {
            assertThat(community.parentAssignmentId()).isEqualTo("t:a");
            assertThat(community.issuerOrgId()).isEqualTo("a");
            assertThat(community.role()).isEqualTo(AssignmentRole.WORK);
        });
        assertThat(plan.get(3).role()).as("a street without communities works itself").isEqualTo(AssignmentRole.WORK);
    }

    @Test
    void aStreetsTaskGoesStraightToItsCommunities() {
        Targets targets = new Targets(List.of(new Targets.Group(STREET_A, List.of(COMMUNITY_A1))), false);

        List<Assignment> plan = CascadePolicy.plan(task(TaskMode.RELAY, null, STREET_A.id()), STREET_A, targets, ISSUER);

        assertThat(plan).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("t:a1");
            assertThat(a.issuerOrgId()).isEqualTo("a");
            assertThat(a.isTopLevel()).isTrue();
            assertThat(a.role()).isEqualTo(AssignmentRole.WORK);
        });
    }

    private static Task task(TaskMode mode, Double streetShare) {
        return task(mode, streetShare, "d");
    }

    private static Task task(TaskMode mode, Double streetShare, String issuerOrgId) {
        return new Task("t", "d", issuerOrgId, List.of(), "user-1", "入户走访", "正文", "VISIT", TaskPriority.NORMAL, mode,
                TargetScope.ALL_STREETS, List.of(), NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(10)),
                streetShare, false, TaskState.PENDING, List.of(), List.of(), NOW, null, null, 0, List.of());
    }

    private static DirectoryOrg org(String id, OrgTier tier, DirectoryOrg parent) {
        List<String> path = parent == null ? List.of() : parent.pathIncludingSelf();
        OrgKind kind = OrgKind.valueOf(tier.name());
        return new DirectoryOrg(id, "d", parent == null ? null : parent.id(), path, tier, kind, id, id, false, 1, NOW);
    }
}
