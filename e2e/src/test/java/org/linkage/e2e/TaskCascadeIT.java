package org.linkage.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkage.e2e.support.Api;
import org.linkage.e2e.support.DistrictFixture;
import org.linkage.e2e.support.E2eStack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkage.e2e.support.DistrictFixture.id;
import static org.linkage.e2e.support.Eventually.eventually;

/**
 * 一级抓一级 through the gateway: the district issues a relay task to its streets; one street
 * receives it and re-dispatches it to a community, which receives and reports; the street approves
 * and rolls up; the other street reports itself; the district approves both and the task completes.
 * task-dispatch knows the tree only from organization's events.
 */
class TaskCascadeIT {

    static Api api;
    static DistrictFixture fixture;

    @BeforeAll
    static void platform() {
        api = new Api(E2eStack.get().gateway());
        fixture = new DistrictFixture(api);
    }

    @Test
    void aRelayTaskCascadesDownAndIsApprovedBackUp() {
        Instant now = Instant.now();
        Map<String, Object> issue = Map.of("title", "开展老旧小区消防安全排查", "body", "请各街道组织社区于本周内完成排查并反馈。",
                "category", "安全生产", "priority", "HIGH", "mode", "RELAY", "scope", "ALL_STREETS",
                "receiptDueAt", now.plus(Duration.ofHours(4)).toString(), "dueAt", now.plus(Duration.ofDays(3)).toString());
        // the task service learns the new district from organization's snapshot topic, a moment later
        Map<String, Object> task = eventually(() -> api.post(fixture.districtToken, "/api/tasks", issue)
                .returnResult(Map.class), 201);
        String taskId = (String) task.get("id");
        String streetA = taskId + ":" + id(fixture.streetA);
        String streetB = taskId + ":" + id(fixture.streetB);
        String communityA1 = taskId + ":" + id(fixture.communityA1);

        api.post(fixture.communityB1Token, "/api/assignments/{id}/receive", Map.of(), streetA).expectStatus()
                .value(status -> assertThat(status).as("another street's work").isIn(403, 404));
        api.post(fixture.streetAToken, "/api/assignments/{id}/receive", Map.of(), streetA).expectStatus().isOk();
        api.post(fixture.streetAToken, "/api/assignments/{id}/dispatch", Map.of("communityIds", List.of(id(fixture.communityA1)),
                "instructions", "重点排查电动自行车停放点", "receiptDueAt", now.plus(Duration.ofHours(2)).toString(),
                "dueAt", now.plus(Duration.ofDays(2)).toString()), streetA).expectStatus().is2xxSuccessful();

        eventually(() -> api.get(fixture.communityA1Token, "/api/assignments?orgId={org}", id(fixture.communityA1))
                .returnResult(Map.class), 200, page -> String.valueOf(page).contains(communityA1));
        api.post(fixture.communityB1Token, "/api/assignments/{id}/receive", Map.of(), communityA1).expectStatus()
                .value(status -> assertThat(status).as("another community's work").isIn(403, 404));
        api.post(fixture.communityA1Token, "/api/assignments/{id}/receive", Map.of(), communityA1).expectStatus().isOk();
        api.post(fixture.communityA1Token, "/api/assignments/{id}/report", Map.of("summary", "已排查12栋楼，整改隐患3处"), communityA1)
                .expectStatus().isOk();
        api.post(fixture.streetAToken, "/api/assignments/{id}/approve", Map.of("comment", "同意"), communityA1).expectStatus().isOk();

        eventually(() -> api.get(fixture.districtToken, "/api/assignments/{id}", streetA).returnResult(Map.class), 200,
                assignment -> "REPORTED".equals(assignment.get("state")));
        api.post(fixture.streetBToken, "/api/assignments/{id}/receive", Map.of(), streetB).expectStatus().isOk();
        api.post(fixture.streetBToken, "/api/assignments/{id}/report", Map.of("summary", "辖区已完成排查"), streetB).expectStatus().isOk();
        api.post(fixture.districtToken, "/api/assignments/{id}/approve", Map.of(), streetA).expectStatus().isOk();
        api.post(fixture.districtToken, "/api/assignments/{id}/approve", Map.of(), streetB).expectStatus().isOk();

        Map<String, Object> done = eventually(() -> api.get(fixture.districtToken, "/api/tasks/{id}", taskId).returnResult(Map.class),
                200, body -> String.valueOf(body).contains("COMPLETED"));
        assertThat(String.valueOf(done)).contains("COMPLETED");
    }
}
