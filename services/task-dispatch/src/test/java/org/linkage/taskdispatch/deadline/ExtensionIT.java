package org.linkage.taskdispatch.deadline;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.Topics;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 延期: the assignee asks, only the parent decides; a granted extension really moves the deadline. */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class ExtensionIT {

    @Autowired
    WebTestClient http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Outbox outbox;
    @Autowired
    OrgDirectory directory;

    @Test
    void aGrantedExtensionMovesTheDeadlineTheOldOneNoLongerFires() {
        TaskApi api = new TaskApi(http);
        TestTree tree = new TestTree(publisher, outbox, directory, 2);
        var street = tree.street(0).officer();
        var community = tree.community(0, 0).officer();
        String taskId = (String) api.issue(tree.district().officer(), TaskApi.task("RELAY", "ALL_STREETS")).get("id");
        String streetAssignment = taskId + ":" + tree.street(0).id();
        api.post(street, "/api/assignments/{id}/receive", null, streetAssignment).expectStatus().isOk();
        Instant due = Instant.now().plusSeconds(6);
        api.post(street, "/api/assignments/{id}/dispatch", Map.of("communityIds", List.of(tree.community(0, 0).id()),
                        "receiptDueAt", due.toString(), "dueAt", due.toString()), streetAssignment)
                .expectStatus().isOk();
        String id = taskId + ":" + tree.community(0, 0).id();
        api.post(community, "/api/assignments/{id}/receive", null, id).expectStatus().isOk();

        Instant later = due.plusSeconds(6);
        Map<String, Object> ask = Map.of("reason", "涉及多户居民，需协调物业，申请延期", "newDueAt", later.toString());
        api.post(street, "/api/assignments/{id}/extension", ask, id).expectStatus().isForbidden();
        api.post(community, "/api/assignments/{id}/extension", Map.of("reason", "延期", "newDueAt", due.minusSeconds(1).toString()), id)
                .expectStatus().isBadRequest();
        api.post(community, "/api/assignments/{id}/extension", ask, id).expectStatus().isOk()
                .expectBody().jsonPath("$.extension.status").isEqualTo("PENDING");
        api.post(community, "/api/assignments/{id}/extension", ask, id).expectStatus().isEqualTo(409);
        api.post(community, "/api/assignments/{id}/extension/grant", null, id).expectStatus().isForbidden();
        // only the parent decides, not the grandparent
        api.post(tree.district().officer(), "/api/assignments/{id}/extension/grant", null, id).expectStatus().isForbidden();
        api.post(street, "/api/assignments/{id}/extension/grant", null, id).expectStatus().isOk()
                .expectBody().jsonPath("$.extension.status").isEqualTo("GRANTED")
                .jsonPath("$.terms.dueAt").value(value -> assertThat(Instant.parse((String) value).toEpochMilli())
                        .isEqualTo(later.toEpochMilli()));

        sleep(Duration.between(Instant.now(), due.plusSeconds(3)));
        assertThat((List<String>) api.get(community, "/api/assignments/{id}", id).get("flags"))
                .as("the old deadline passed and did nothing").doesNotContain("OVERDUE");

        Map<String, Object> overdue = Eventually.await(() -> api.get(community, "/api/assignments/{id}", id),
                view -> ((List<String>) view.get("flags")).contains("OVERDUE"));
        assertThat((List<String>) overdue.get("flags")).as("the new deadline passed").contains("OVERDUE", "ESCALATED");
        sleep(Duration.ofSeconds(2));
        assertThat(TopicSnapshot.ofType(Topics.TASK_EVENTS, "AssignmentOverdue", id::equals)).singleElement()
                .satisfies(e -> assertThat(e.data()).contains(later.toString().substring(0, 19)));
        assertThat(TopicSnapshot.ofType(Topics.TASK_EVENTS, "AssignmentExtensionGranted", id::equals)).hasSize(1);
    }

    @Test
    void aRefusedExtensionKeepsTheDeadlineAndMayBeAskedAgain() {
        TaskApi api = new TaskApi(http);
        TestTree tree = new TestTree(publisher, outbox, directory, 1);
        var community = tree.community(0, 0).officer();
        var street = tree.street(0).officer();
        String taskId = (String) api.issue(tree.district().officer(), TaskApi.task("DIRECT", "ALL_COMMUNITIES")).get("id");
        String id = taskId + ":" + tree.community(0, 0).id();
        Map<String, Object> ask = Map.of("reason", "申请延期", "newDueAt", TaskApi.DUE.plus(Duration.ofDays(1)).toString());

        api.post(street, "/api/assignments/{id}/extension/refuse", Map.of("reason", "无"), id).expectStatus().isEqualTo(409);
        api.post(community, "/api/assignments/{id}/extension", ask, id).expectStatus().isOk();
        // later than the supervising street's own deadline
        api.post(street, "/api/assignments/{id}/extension/grant", null, id).expectStatus().isEqualTo(409);
        api.post(street, "/api/assignments/{id}/extension/refuse", Map.of("reason", "时限不变，请按期完成"), id)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.extension.status").isEqualTo("REFUSED")
                .jsonPath("$.extension.refusal").isEqualTo("时限不变，请按期完成");
        api.post(community, "/api/assignments/{id}/extension", ask, id).expectStatus().isOk();
    }

    private static void sleep(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
