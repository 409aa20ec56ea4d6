package org.linkage.taskdispatch.unit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.taskdispatch.org.UnitDirectory;
import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import java.util.List;import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks to the resident units of a category (驻区单位): each unit's contact works on the unit's own
 * assignment and reports to the issuer; the host community sees it; other units see nothing.
 */
@TaskDispatchIntegrationTest
class UnitTaskIT extends DistrictTestSupport {

    @Autowired
    UnitDirectory units;

    TestUnit school;
    TestUnit otherSchool;
    TestUnit firm;

    @BeforeEach
    void district() {
        plant(2, 1);
        school = tree.unit("school-1", "第一实验小学", UnitCategory.SCHOOL, tree.community(0, 0), units);
        otherSchool = tree.unit("school-2", "第二中学", UnitCategory.SCHOOL, tree.community(1, 0), units);
        firm = tree.unit("firm", "华信科技有限公司", UnitCategory.PRIVATE_ENTERPRISE, tree.community(0, 1), units);
    }

    @Test
    void everyUnitOfTheCategoryBelowTheIssuerGetsItsOwnAssignmentAndWorksOnItAlone() {
        var district = tree.district().officer();
        String taskId = (String) api.issue(district, unitTask(UnitCategory.SCHOOL)).get("id");
        String ours = taskId + ":" + school.id();
        String theirs = taskId + ":" + otherSchool.id();

        assertThat(api.stateOf(district, ours)).isEqualTo("ISSUED");
        assertThat(api.stateOf(district, theirs)).isEqualTo("ISSUED");
        api.expectNotFound(district, "/api/assignments/{id}", taskId + ":" + firm.id());
        assertThat(Eventually.await(() -> api.todo(school.contact()), todo -> todo.containsKey(ours))).containsOnlyKeys(ours);

        api.expectNotFound(otherSchool.contact(), "/api/assignments/{id}", ours);
        api.post(otherSchool.contact(), "/api/assignments/{id}/receive", null, ours).expectStatus().isForbidden();
        api.post(tree.community(0, 0).officer(), "/api/assignments/{id}/receive", null, ours).expectStatus().isForbidden();
        assertThat(api.stateOf(tree.community(0, 0).officer(), ours)).as("the host community sees it").isEqualTo("ISSUED");
        api.expectNotFound(school.contact(), "/api/assignments?orgId={org}", tree.community(0, 0).id());
        assertThat(api.get(school.contact(), "/api/tasks/{id}", taskId).get("id")).isEqualTo(taskId);

        api.receiveAndReport(school.contact(), ours);
        api.post(school.contact(), "/api/assignments/{id}/approve", Map.of(), ours).expectStatus().isForbidden();
        api.approve(district, ours);
        api.receiveAndReport(otherSchool.contact(), theirs);
        api.approve(district, theirs);
        assertThat(Eventually.await(() -> api.get(district, "/api/tasks/{id}", taskId).get("state"), "COMPLETED"::equals))
                .isEqualTo("COMPLETED");
    }

    @Test
    void aStreetReachesOnlyTheUnitsRegisteredBelowItAndBadScopesAreNamed() {
        var street = tree.street(0).officer();
        String taskId = (String) api.issue(street, unitTask(UnitCategory.SCHOOL)).get("id");
        assertThat(api.stateOf(street, taskId + ":" + school.id())).isEqualTo("ISSUED");
        api.expectNotFound(tree.district().officer(), "/api/assignments/{id}", taskId + ":" + otherSchool.id());

        Map<String, Object> noCategory = unitTask(null);
        expectInvalid(street, noCategory, "targetUnitCategory");
        Map<String, Object> named = unitTask(UnitCategory.SCHOOL);
        named.put("targetOrgIds", List.of(tree.community(0, 0).id()));
        expectInvalid(street, named, "targetOrgIds");
        Map<String, Object> wrongScope = TaskApi.task("DIRECT", "ALL_COMMUNITIES");
        wrongScope.put("targetUnitCategory", "SCHOOL");
        expectInvalid(street, wrongScope, "targetUnitCategory");
        expectInvalid(street, unitTask(UnitCategory.GOVERNMENT_AGENCY), "targetUnitCategory");
    }

    private void expectInvalid(JwtMutator caller, Map<String, Object> body, String field) {
        api.post(caller, "/api/tasks", body).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
    }

    private static Map<String, Object> unitTask(UnitCategory category) {
        Map<String, Object> body = TaskApi.task("DIRECT", "UNIT_CATEGORY");
        body.put("title", "驻区单位双报到情况核查");
        if (category != null) {
            body.put("targetUnitCategory", category.name());
        }
        return body;
    }
}
