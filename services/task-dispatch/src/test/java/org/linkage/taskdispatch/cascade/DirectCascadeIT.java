package org.linkage.taskdispatch.cascade;

import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Direct mode: communities get their assignments at once, each street supervises its own. */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class DirectCascadeIT extends DistrictTestSupport {

    @BeforeEach
    void district() {
        plant(2, 1);
    }

    @Test
    void chosenCommunitiesGetAssignmentsBelowTheirStreetsSupervisingAssignments() {
        var district = tree.district().officer();
        String taskId = (String) api.issue(district, TaskApi.task("DIRECT", "COMMUNITIES",
                tree.community(0, 0).id(), tree.community(1, 0).id())).get("id");

        List<Map<String, Object>> streets = api.treeLevel(district, taskId, null, 2);

        assertThat(streets).allSatisfy(street -> {
            assertThat(street.get("tier")).isEqualTo("STREET");
            assertThat(street.get("role")).isEqualTo("SUPERVISE");
            assertThat(street.get("state")).isEqualTo("DISPATCHED");
            assertThat(api.treeLevel(district, taskId, (String) street.get("id"), 1)).singleElement().satisfies(community -> {
                assertThat(community.get("tier")).isEqualTo("COMMUNITY");
                assertThat(community.get("state")).isEqualTo("ISSUED");
            });
        });
        assertThat(streets).flatExtracting(street -> api.treeLevel(district, taskId, (String) street.get("id"), 1))
                .extracting(community -> community.get("assigneeOrgId"))
                .containsExactlyInAnyOrder(tree.community(0, 0).id(), tree.community(1, 0).id());
    }

    @Test
    void aStreetsScopeReachesTheStreetsCommunitiesAndTheStreetReviewsThem() {
        var district = tree.district().officer();
        var street = tree.street(0).officer();
        Instant issuedBefore = Instant.now();
        Map<String, Object> body = TaskApi.task("DIRECT", "STREETS", tree.street(0).id());
        body.put("tierShares", Map.of("street", 0.3));
        String taskId = (String) api.issue(district, body).get("id");
        String streetAssignment = taskId + ":" + tree.street(0).id();

        Map<String, Object> supervising = api.get(street, "/api/assignments/{id}", streetAssignment);
        assertThat((List<String>) supervising.get("childIds")).containsExactlyInAnyOrder(
                taskId + ":" + tree.community(0, 0).id(), taskId + ":" + tree.community(0, 1).id());
        Instant tierDueAt = Instant.parse((String) ((Map<String, Object>) supervising.get("terms")).get("tierDueAt"));
        Duration share = Duration.between(issuedBefore, TaskApi.DUE).multipliedBy(3).dividedBy(10);
        assertThat(tierDueAt).isBetween(issuedBefore.plus(share).minusSeconds(5), issuedBefore.plus(share).plusSeconds(5));

        for (TestTree.TestOrg community : tree.communities(0)) {
            String id = taskId + ":" + community.id();
            api.receiveAndReport(community.officer(), id);
            api.post(district, "/api/assignments/{id}/approve", Map.of(), id).expectStatus().isForbidden();
            api.approve(street, id);
        }

        assertThat(Eventually.await(() -> api.stateOf(district, streetAssignment), "REPORTED"::equals)).isEqualTo("REPORTED");
        api.approve(district, streetAssignment);
        assertThat(Eventually.await(() -> api.get(district, "/api/tasks/{id}", taskId).get("state"), "COMPLETED"::equals))
                .isEqualTo("COMPLETED");
    }
}
