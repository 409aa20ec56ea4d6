package org.linkage.taskdispatch.assignment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

/** Only the assignee works on an assignment, only its issuer reviews it, and states move only forward. */
@TaskDispatchIntegrationTest
class AssignmentAccessIT {

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
        tree = new TestTree(publisher, outbox, directory, 2);
        taskId = (String) api.issue(tree.district().officer(), TaskApi.task("DIRECT", "ALL_COMMUNITIES")).get("id");
    }

    @Test
    void aCommunityCannotReceiveAnotherCommunitysAssignmentNorReadIt() {
        var neighbour = tree.community(0, 1).officer();
        String assignment = taskId + ":" + tree.community(0, 0).id();

        api.post(neighbour, "/api/assignments/{id}/receive", null, assignment)
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.mutateWith(neighbour).get().uri("/api/assignments/{id}", assignment).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.mutateWith(neighbour).get().uri("/api/assignments?orgId={org}", tree.community(0, 0).id()).exchange()
                .expectStatus().isNotFound();
        api.post(tree.street(0).officer(), "/api/assignments/{id}/receive", null, assignment).expectStatus().isForbidden();

        api.post(tree.community(0, 0).officer(), "/api/assignments/{id}/receive", null, assignment).expectStatus().isOk();
    }

    @Test
    void anIllegalTransitionIsAConflictNamingTheCurrentState() {
        var community = tree.community(0, 0).officer();
        var street = tree.street(0).officer();
        String assignment = taskId + ":" + tree.community(0, 0).id();

        api.post(street, "/api/assignments/{id}/approve", Map.of(), assignment)
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.currentState").isEqualTo("ISSUED");
        api.post(community, "/api/assignments/{id}/receive", null, assignment).expectStatus().isOk();
        api.post(community, "/api/assignments/{id}/receive", null, assignment)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentState").isEqualTo("RECEIVED");
        api.post(community, "/api/assignments/{id}/dispatch",
                        Map.of("all", true, "receiptDueAt", TaskApi.DUE.minusSeconds(7200).toString(),
                                "dueAt", TaskApi.DUE.minusSeconds(3600).toString()), assignment)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentState").isEqualTo("RECEIVED");
    }

    @Test
    void aReturnedReportGoesBackToWorkWithTheReason() {
        var community = tree.community(0, 0).officer();
        var street = tree.street(0).officer();
        String assignment = taskId + ":" + tree.community(0, 0).id();
        api.receiveAndReport(community, assignment);

        api.post(street, "/api/assignments/{id}/return", Map.of("reason", "缺少整改前后照片，请补充。"), assignment)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("RETURNED")
                .jsonPath("$.returnReason").isEqualTo("缺少整改前后照片，请补充。");
        api.post(community, "/api/assignments/{id}/report", Map.of("summary", "已补充"), assignment)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentState").isEqualTo("RETURNED");
        api.receiveAndReport(community, assignment);
        api.approve(street, assignment);
    }
}
