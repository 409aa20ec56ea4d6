package org.linkage.taskdispatch.burden;

import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.Topics;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.platform.test.KafkaWire;
import org.linkage.taskdispatch.task.Task;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Near-duplicate tasks to the same organisations are flagged, and one can be folded into the other. */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class DuplicateTaskIT extends DistrictTestSupport {

    private static final String TITLE = "关于开展老旧小区消防安全隐患排查的通知";
    private static final String BODY = "请各社区于本月底前完成辖区老旧小区消防通道、电动车充电、楼道堆物的排查整治。";
    private static final String REWORDED_TITLE = "请开展老旧小区消防安全隐患的排查工作";
    private static final String REWORDED_BODY = "各社区须在本月底前完成辖区老旧小区楼道堆物、电动车充电、消防通道的排查整治工作。";



    @BeforeEach
    void district() {
        plant(2, 1);
    }

    @Test
    void aRewordedTaskToAnOverlappingCommunityIsFlaggedButNotForOtherTargetsOrOutsideTheWindow() {
        var district = tree.district().officer();
        var street = tree.street(0).officer();
        String first = issue(district, TITLE, BODY, tree.community(0, 0).id(), tree.community(0, 1).id());
        awaitOnTodo(tree.community(0, 1).officer(), first);

        Map<String, Object> reworded = api.issue(street, body(REWORDED_TITLE, REWORDED_BODY, tree.community(0, 1).id()));
        assertThat(reworded.get("duplicateOf")).isEqualTo(first);
        assertThat(((Number) reworded.get("duplicateSimilarity")).doubleValue()).isBetween(0.6, 1.0);
        assertThat(api.get(street, "/api/tasks/{id}", reworded.get("id")).get("duplicateOf")).isEqualTo(first);

        Map<String, Object> elsewhere = api.issue(district, body(REWORDED_TITLE, REWORDED_BODY, tree.community(1, 0).id()));
        assertThat(elsewhere.get("duplicateOf")).isNull();

        Map<String, Object> unrelated = api.issue(street, body("关于开展老年人防诈骗宣传活动的通知",
                "请各社区组织一次面向老年人的防范电信诈骗宣传。", tree.community(0, 0).id()));
        assertThat(unrelated.get("duplicateOf")).isNull();

        mongo.updateFirst(Query.query(Criteria.where("_id").is(first)),
                new Update().set("issuedAt", Instant.now().minus(Duration.ofDays(60))), Task.COLLECTION).block();
        Map<String, Object> late = api.issue(street, body(REWORDED_TITLE, REWORDED_BODY, tree.community(0, 0).id()));
        assertThat(late.get("duplicateOf")).isNull();
    }

    @Test
    void mergingFoldsTheDuplicateIntoOneTaskWithTwoIssuersAndCancelsTheAssignmentsAskedTwice() {
        var district = tree.district().officer();
        var street = tree.street(0).officer();
        String kept = issue(district, TITLE, BODY, tree.community(0, 0).id());
        awaitOnTodo(tree.community(0, 0).officer(), kept);
        Map<String, Object> duplicate = api.issue(street,
                body(REWORDED_TITLE, REWORDED_BODY, tree.community(0, 0).id(), tree.community(0, 1).id()));
        String duplicateId = (String) duplicate.get("id");
        assertThat(duplicate.get("duplicateOf")).isEqualTo(kept);

        api.post(tree.community(0, 1).officer(), "/api/tasks/{id}/merge", Map.of("intoTaskId", kept), duplicateId)
                .expectStatus().isForbidden();
        api.post(tree.street(1).officer(), "/api/tasks/{id}/merge", Map.of("intoTaskId", kept), duplicateId)
                .expectStatus().isNotFound();
        api.post(street, "/api/tasks/{id}/merge", Map.of("intoTaskId", duplicateId), duplicateId)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("intoTaskId");
        api.post(street, "/api/tasks/{id}/merge", Map.of("intoTaskId", "task-unknown"), duplicateId)
                .expectStatus().isBadRequest();

        api.post(street, "/api/tasks/{id}/merge", Map.of("intoTaskId", kept), duplicateId)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("MERGED").jsonPath("$.mergedInto").isEqualTo(kept);

        Map<String, Object> keptView = api.get(district, "/api/tasks/{id}", kept);
        assertThat(keptView.get("state")).isEqualTo("OPEN");
        assertThat((List<String>) keptView.get("issuerOrgIds"))
                .containsExactly(tree.district().id(), tree.street(0).id());
        assertThat(api.get(street, "/api/tasks/{id}", kept).get("id")).isEqualTo(kept);
        assertThat(api.stateOf(street, duplicateId + ":" + tree.community(0, 0).id())).isEqualTo("CANCELLED");
        assertThat(api.stateOf(street, duplicateId + ":" + tree.community(0, 1).id())).isEqualTo("ISSUED");
        Map<String, String> todo = Eventually.await(() -> api.todo(tree.community(0, 0).officer()),
                items -> !items.containsKey(duplicateId + ":" + tree.community(0, 0).id()));
        assertThat(todo.keySet()).containsExactly(kept + ":" + tree.community(0, 0).id());
        assertThat(KafkaWire.records(Topics.TASK_EVENTS, record -> duplicateId.equals(record.key())
                && "linkage.task.TaskMerged.v1".equals(KafkaWire.header(record, CloudEventHeaders.TYPE)), 1)).hasSize(1);

        api.post(street, "/api/tasks/{id}/merge", Map.of("intoTaskId", kept), duplicateId)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentState").isEqualTo("MERGED");
    }

    private String issue(JwtMutator caller, String title, String text, String... communities) {
        return (String) api.issue(caller, body(title, text, communities)).get("id");
    }

    private static Map<String, Object> body(String title, String text, String... communities) {
        Map<String, Object> body = TaskApi.task("DIRECT", "COMMUNITIES", communities);
        body.put("title", title);
        body.put("body", text);
        return body;
    }

    private void awaitOnTodo(JwtMutator community, String taskId) {
        Eventually.await(() -> api.todo(community), todo -> todo.keySet().stream().anyMatch(id -> id.startsWith(taskId + ":")));
    }
}
