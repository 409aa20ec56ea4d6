package org.linkage.taskdispatch.burden;

import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.task.Task;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 基层减负: communities' open assignments are counted; a task past a budget needs an explicit, recorded override. */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class BurdenIT extends DistrictTestSupport {

    @BeforeEach
    void district() {
        plant(2, 1);
    }

    @Test
    void aTaskPushingACommunityPastItsBudgetIsRefusedWith409UnlessOverriddenAndTheWarningIsRecorded() {
        var street = tree.street(0).officer();
        String full = tree.community(0, 0).id();
        String light = tree.community(0, 1).id();
        int budget = ((Number) burden(street, full).get("budget")).intValue();
        for (int i = 0; i < budget; i++) {
            Map<String, Object> body = TaskApi.task("DIRECT", "COMMUNITIES", full);
            body.put("title", "第" + i + "批次台账核对");
            body.put("body", "编号" + i + "：请核对" + (1000 + i * 37) + "号台账。");
            api.issue(street, body);
        }
        Eventually.await(() -> open(burden(street, full), full), open -> open == budget);
        assertThat(open(burden(street, full), full)).isEqualTo(budget);

        Map<String, Object> more = TaskApi.task("DIRECT", "COMMUNITIES", full, light);
        more.put("title", "冬季供暖入户排查");
        more.put("body", "请排查辖区供暖不热的住户。");
        http.mutateWith(street).post().uri("/api/tasks").bodyValue(more).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.budget").isEqualTo(budget)
                .jsonPath("$.overBudget.length()").isEqualTo(1)
                .jsonPath("$.overBudget[0].orgId").isEqualTo(full)
                .jsonPath("$.overBudget[0].open").isEqualTo(budget);
        Query refused = Query.query(Criteria.where("title").is("冬季供暖入户排查"));
        assertThat(mongo.count(refused, Task.COLLECTION).block()).isZero();

        more.put("overrideBurden", true);
        Map<String, Object> issued = api.issue(street, more);
        Map<String, Object> warning = (Map<String, Object>) issued.get("burdenWarning");
        assertThat(warning.get("budget")).isEqualTo(budget);
        assertThat((List<Map<String, Object>>) warning.get("overBudget")).singleElement()
                .satisfies(load -> assertThat(load).containsEntry("orgId", full).containsEntry("open", budget));
        Map<String, Object> view = api.get(street, "/api/tasks/{id}", issued.get("id"));
        assertThat((Map<String, Object>) view.get("burdenWarning")).isEqualTo(warning);
        assertThat(Eventually.await(() -> open(burden(street, full), full), open -> open == budget + 1)).isEqualTo(budget + 1);
    }

    @Test
    void aStreetOrDistrictSeesTheCountsOfItsCommunitiesWithinItsScope() {
        var district = tree.district().officer();
        var street = tree.street(0).officer();
        api.issue(district, TaskApi.task("DIRECT", "ALL_COMMUNITIES"));
        api.issue(street, TaskApi.task("DIRECT", "COMMUNITIES", tree.community(0, 0).id()));

        Map<String, Object> ofDistrict = Eventually.await(() -> burden(district, tree.district().id()),
                view -> ((Number) view.get("totalOpen")).intValue() == 4);
        assertThat(ofDistrict.get("orgId")).isEqualTo(tree.district().id());
        assertThat(open(ofDistrict, tree.community(0, 0).id())).isEqualTo(2);
        assertThat(open(ofDistrict, tree.community(0, 1).id())).isEqualTo(1);
        assertThat(open(ofDistrict, tree.community(1, 0).id())).isEqualTo(1);
        assertThat((List<?>) ofDistrict.get("communities")).hasSize(3);

        Map<String, Object> ofStreet = burden(street, tree.street(0).id());
        assertThat((List<Map<String, Object>>) ofStreet.get("communities")).extracting(line -> line.get("orgId"))
                .containsExactlyInAnyOrder(tree.community(0, 0).id(), tree.community(0, 1).id());
        assertThat(ofStreet.get("totalOpen")).isEqualTo(3);
        Map<String, Object> own = api.get(tree.community(0, 1).officer(), "/api/assignments/burden");
        assertThat(own.get("totalOpen")).isEqualTo(1);

        http.mutateWith(tree.street(1).officer()).get().uri("/api/assignments/burden?orgId={id}", tree.community(0, 0).id())
                .exchange().expectStatus().isNotFound();
        http.mutateWith(tree.community(0, 1).officer()).get().uri("/api/assignments/burden?orgId={id}", tree.street(0).id())
                .exchange().expectStatus().isNotFound();
    }

    private Map<String, Object> burden(JwtMutator caller, String orgId) {
        return api.get(caller, "/api/assignments/burden?orgId={id}", orgId);
    }

    private static int open(Map<String, Object> view, String communityId) {
        return ((List<Map<String, Object>>) view.get("communities")).stream()
                .filter(line -> communityId.equals(line.get("orgId")))
                .mapToInt(line -> ((Number) line.get("open")).intValue())
                .findFirst().orElseThrow();
    }
}
