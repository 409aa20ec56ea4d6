package org.linkage.taskdispatch.cascade;

import org.junit.jupiter.api.Test;
import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree.TestOrg;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district department (职能部门) issues within its district's subtree: it stays the issuer and reviews
 * the streets' reports; the district above it sees the task.
 */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class DepartmentTaskIT extends DistrictTestSupport {

    @Test
    void aDepartmentIssuesToTheDistrictsStreetsAndReviewsThem() {
        plant(2, 1);
        TestOrg civilAffairs = tree.department("civil", "区民政局");
        var department = civilAffairs.officer();
        Map<String, Object> body = TaskApi.task("RELAY", "ALL_STREETS");
        body.put("attachmentIds", List.of("file-minzheng-2026-118.pdf"));
        Map<String, Object> task = api.issue(department, body);
        String taskId = (String) task.get("id");
        assertThat(task.get("issuerOrgId")).isEqualTo(civilAffairs.id());
        assertThat((List<String>) task.get("attachmentIds")).containsExactly("file-minzheng-2026-118.pdf");

        String street = taskId + ":" + tree.street(0).id();
        Map<String, Object> assignment = api.get(department, "/api/assignments/{id}", street);
        assertThat(assignment.get("issuerOrgId")).isEqualTo(civilAffairs.id());
        assertThat(api.get(tree.district().officer(), "/api/tasks/{id}", taskId).get("issuerOrgId"))
                .isEqualTo(civilAffairs.id());

        api.receiveAndReport(tree.street(0).officer(), street);
        api.post(tree.district().officer(), "/api/assignments/{id}/approve", Map.of(), street).expectStatus().isForbidden();
        api.approve(department, street);
        String other = taskId + ":" + tree.street(1).id();
        api.receiveAndReport(tree.street(1).officer(), other);
        api.approve(department, other);
        assertThat(Eventually.await(() -> api.get(department, "/api/tasks/{id}", taskId).get("state"), "COMPLETED"::equals))
                .isEqualTo("COMPLETED");
    }

    @Test
    void aDepartmentCannotReachOutsideItsDistrict() {
        plant(1);
        TestOrg department = tree.department("edu", "区教委");
        api.post(department.officer(), "/api/tasks", TaskApi.task("DIRECT", "COMMUNITIES", "org-elsewhere"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("targetOrgIds[0]");
    }
}
