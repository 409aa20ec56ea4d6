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

/**
 * Deadlines a few seconds ahead pass for real (test timings: 1 s ticks, a warning 2 s before each
 * deadline): the warning comes first, the overdue flag and its event come once, an overdue
 * assignment is escalated onto the grandparent's supervision list, and a received one is left alone.
 */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class DeadlineIT {

    @Autowired
    WebTestClient http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Outbox outbox;
    @Autowired
    OrgDirectory directory;

    @Test
    void aPassedReceiptDeadlineWarnsThenFlagsOnceAndAPassedDueDateEscalatesToTheGrandparent() {
        TaskApi api = new TaskApi(http);
        TestTree tree = new TestTree(publisher, outbox, directory, 2);
        var late = tree.community(0, 0);
        var prompt = tree.community(0, 1);
        Map<String, Object> body = TaskApi.task("DIRECT", "COMMUNITIES", late.id(), prompt.id());
        body.put("receiptDueAt", Instant.now().plusSeconds(6).toString());
        body.put("dueAt", Instant.now().plusSeconds(12).toString());
        String taskId = (String) api.issue(tree.district().officer(), body).get("id");
        String lateId = taskId + ":" + late.id();
        String promptId = taskId + ":" + prompt.id();
        api.post(prompt.officer(), "/api/assignments/{id}/receive", null, promptId).expectStatus().isOk();

        Map<String, Object> flagged = Eventually.await(() -> api.get(late.officer(), "/api/assignments/{id}", lateId),
                view -> ((List<String>) view.get("flags")).contains("RECEIPT_OVERDUE"));
        assertThat((List<String>) flagged.get("flags")).containsExactly("RECEIPT_OVERDUE");
        assertThat(flagged.get("state")).as("a flag, not a state").isEqualTo("ISSUED");

        Map<String, Object> escalated = Eventually.await(() -> api.get(late.officer(), "/api/assignments/{id}", lateId),
                view -> ((List<String>) view.get("flags")).contains("ESCALATED"));
        assertThat((List<String>) escalated.get("flags")).containsExactlyInAnyOrder("RECEIPT_OVERDUE", "OVERDUE", "ESCALATED");
        assertThat(escalated.get("escalatedToOrgId")).as("the grandparent: district above the street").isEqualTo(tree.district().id());

        Map<String, Object> supervised = Eventually.await(
                () -> api.get(tree.district().officer(), "/api/assignments?supervisedBy={org}", tree.district().id()),
                page -> ((List<Map<String, Object>>) page.get("items")).stream().map(i -> i.get("assignmentId"))
                        .toList().containsAll(List.of(lateId, promptId)));
        assertThat((List<Map<String, Object>>) supervised.get("items"))
                .filteredOn(item -> taskId.equals(item.get("taskId")))
                .extracting(item -> item.get("assignmentId"))
                .as("the late community, and the prompt one, received but not reported either")
                .contains(lateId, promptId);
        http.mutateWith(late.officer()).get().uri("/api/assignments?supervisedBy={org}", tree.district().id()).exchange()
                .expectStatus().isNotFound();

        // the wire, counted exactly: a few ticks after everything fired, nothing fired twice
        sleep(Duration.ofSeconds(3));
        List<TopicSnapshot.Event> lateEvents = TopicSnapshot.read(Topics.TASK_EVENTS, e -> lateId.equals(e.subject()));
        assertThat(lateEvents).extracting(TopicSnapshot.Event::type).containsSubsequence(
                "linkage.task.AssignmentUrged.v1", "linkage.task.AssignmentReceiptOverdue.v1",
                "linkage.task.AssignmentUrged.v1", "linkage.task.AssignmentOverdue.v1", "linkage.task.AssignmentEscalated.v1");
        assertThat(lateEvents).filteredOn(e -> e.type().endsWith("AssignmentReceiptOverdue.v1")).hasSize(1);
        assertThat(lateEvents).filteredOn(e -> e.type().endsWith("AssignmentOverdue.v1")).hasSize(1);
        assertThat(lateEvents).filteredOn(e -> e.type().endsWith("AssignmentEscalated.v1")).singleElement()
                .satisfies(e -> assertThat(e.data()).contains("\"escalatedToOrgId\":\"" + tree.district().id() + "\""));
        assertThat(lateEvents).filteredOn(e -> e.type().endsWith("AssignmentUrged.v1"))
                .as("one warning before each deadline, from the system").hasSize(2)
                .allSatisfy(e -> assertThat(e.data()).contains("\"kind\":\"WARNING\""));
        assertThat(TopicSnapshot.read(Topics.TASK_EVENTS, e -> promptId.equals(e.subject())))
                .extracting(TopicSnapshot.Event::type)
                .as("received in time: no receipt warning nor overdue")
                .doesNotContain("linkage.task.AssignmentReceiptOverdue.v1")
                .contains("linkage.task.AssignmentOverdue.v1");

        // done late is still done: once approved it leaves the supervision list
        api.receiveAndReport(late.officer(), lateId);
        api.approve(tree.street(0).officer(), lateId);
        Map<String, Object> after = Eventually.await(
                () -> api.get(tree.district().officer(), "/api/assignments?supervisedBy={org}", tree.district().id()),
                page -> ((List<Map<String, Object>>) page.get("items")).stream().noneMatch(i -> lateId.equals(i.get("assignmentId"))));
        assertThat((List<Map<String, Object>>) after.get("items")).extracting(i -> i.get("assignmentId")).doesNotContain(lateId);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
