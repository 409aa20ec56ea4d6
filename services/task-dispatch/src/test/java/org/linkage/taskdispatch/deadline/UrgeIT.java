package org.linkage.taskdispatch.deadline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.Topics;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.linkage.platform.test.KafkaWire;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 催办/督办: any ancestor of the assignee may urge it, nobody else; one urge per assignment per interval. */
@TaskDispatchIntegrationTest
class UrgeIT {

    @Autowired
    WebTestClient http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Outbox outbox;
    @Autowired
    OrgDirectory directory;

    TaskApi api;
    TestTree tree;
    String taskId;

    @BeforeEach
    void directTask() {
        api = new TaskApi(http);
        tree = new TestTree(publisher, outbox, directory, 2, 1);
        taskId = (String) api.issue(tree.district().officer(), TaskApi.task("DIRECT", "ALL_COMMUNITIES")).get("id");
    }

    @Test
    void theDistrictSupervisesTheStreetUrgesAndASecondUrgeTooSoonIsTooManyRequests() {
        String first = taskId + ":" + tree.community(0, 0).id();
        String second = taskId + ":" + tree.community(0, 1).id();

        api.post(tree.district().officer(), "/api/assignments/{id}/urge", Map.of("message", "请加快进度，本周内办结。"), first)
                .expectStatus().isOk().expectBody().jsonPath("$.lastUrgedAt").isNotEmpty();
        api.post(tree.street(0).officer(), "/api/assignments/{id}/urge", Map.of("message", "再催一次"), first)
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", value -> assertThat(Long.parseLong(value)).isBetween(3000L, 3600L))
                .expectBody().jsonPath("$.status").isEqualTo(429);
        api.post(tree.street(0).officer(), "/api/assignments/{id}/urge", Map.of("message", "请尽快签收"), second)
                .expectStatus().isOk();

        var urged = KafkaWire.records(Topics.TASK_EVENTS, record -> "linkage.task.AssignmentUrged.v1".equals(
                KafkaWire.header(record, "ce_type")) && new String(record.value()).contains(taskId), 2);
        assertThat(urged).extracting(record -> new String(record.value()))
                .anySatisfy(data -> assertThat(data).contains(first).contains("\"kind\":\"SUPERVISE\"")
                        .contains("\"urgerOrgId\":\"" + tree.district().id() + "\""))
                .anySatisfy(data -> assertThat(data).contains(second).contains("\"kind\":\"URGE\""))
                .hasSize(2);
    }

    @Test
    void onlyAncestorsUrge() {
        String assignment = taskId + ":" + tree.community(0, 0).id();
        api.post(tree.community(0, 1).officer(), "/api/assignments/{id}/urge", Map.of("message", "催一下"), assignment)
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.post(tree.street(1).officer(), "/api/assignments/{id}/urge", Map.of("message", "催一下"), assignment)
                .expectStatus().isForbidden();
        api.post(tree.community(0, 0).officer(), "/api/assignments/{id}/urge", Map.of("message", "催自己"), assignment)
                .expectStatus().isForbidden();
        api.post(tree.district().officer(), "/api/assignments/{id}/urge", Map.of("message", " "), assignment)
                .expectStatus().isBadRequest();
    }

    @Test
    void aReportedAssignmentIsNotUrged() {
        String assignment = taskId + ":" + tree.community(1, 0).id();
        api.receiveAndReport(tree.community(1, 0).officer(), assignment);
        api.post(tree.street(1).officer(), "/api/assignments/{id}/urge", Map.of("message", "催一下"), assignment)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentState").isEqualTo("REPORTED");
    }
}
