package org.linkage.taskdispatch.cascade;

import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.Topics;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.linkage.platform.test.KafkaWire;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一级抓一级 in relay mode, end to end: the district issues to all streets, a street re-dispatches
 * to its communities, they report, the street approves them and reports by roll-up, the district
 * approves, the task completes; the to-do lists and the events on the broker follow every step.
 */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class RelayCascadeIT extends DistrictTestSupport {

    @BeforeEach
    void district() {
        plant(2, 1);
    }

    @Test
    void aRelayTaskGoesDownTierByTierAndRollsUpToCompletion() {
        var district = tree.district().officer();
        var street = tree.street(0).officer();
        Map<String, Object> task = api.issue(district, TaskApi.task("RELAY", "ALL_STREETS"));
        String taskId = (String) task.get("id");
        assertThat(task.get("state")).isEqualTo("OPEN");

        List<Map<String, Object>> roots = api.treeLevel(district, taskId, null, 2);
        assertThat(roots).extracting(node -> node.get("assigneeOrgId"))
                .containsExactlyInAnyOrder(tree.street(0).id(), tree.street(1).id());
        assertThat(roots).allSatisfy(node -> {
            assertThat(node.get("role")).isEqualTo("RELAY");
            assertThat(node.get("state")).isEqualTo("ISSUED");
            assertThat(node.get("childCount")).isEqualTo(0);
        });
        String streetAssignment = taskId + ":" + tree.street(0).id();
        String otherStreetAssignment = taskId + ":" + tree.street(1).id();
        assertThat(Eventually.await(() -> api.todo(street), todo -> "ISSUED".equals(todo.get(streetAssignment))))
                .containsEntry(streetAssignment, "ISSUED");

        api.post(street, "/api/assignments/{id}/receive", null, streetAssignment).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("RECEIVED");
        api.post(street, "/api/assignments/{id}/dispatch",
                        dispatch(TaskApi.DUE.plus(Duration.ofHours(1)).toString()), streetAssignment)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("dueAt");
        api.post(street, "/api/assignments/{id}/dispatch",
                        dispatch(TaskApi.DUE.minus(Duration.ofHours(4)).toString()), streetAssignment)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.state").isEqualTo("DISPATCHED")
                .jsonPath("$.childIds.length()").isEqualTo(2);

        assertThat(Eventually.await(() -> (List<Map<String, Object>>) api.get(street, "/api/assignments?state=DISPATCHED").get("items"),
                items -> items.size() == 1))
                .as("the street's to-do list, filtered by state").singleElement()
                .satisfies(item -> assertThat(item).containsEntry("assignmentId", streetAssignment).containsEntry("role", "RELAY"));

        for (TestTree.TestOrg community : tree.communities(0)) {
            String id = taskId + ":" + community.id();
            assertThat(Eventually.await(() -> api.todo(community.officer()), todo -> "ISSUED".equals(todo.get(id))))
                    .as("the community's to-do list shows the new assignment").containsEntry(id, "ISSUED");
            api.receiveAndReport(community.officer(), id);
            assertThat(Eventually.await(() -> api.todo(community.officer()), todo -> "REPORTED".equals(todo.get(id))))
                    .containsEntry(id, "REPORTED");
        }
        api.approve(street, taskId + ":" + tree.community(0, 0).id());
        assertThat(api.stateOf(street, streetAssignment)).as("one child of two approved").isEqualTo("DISPATCHED");
        api.approve(street, taskId + ":" + tree.community(0, 1).id());

        assertThat(Eventually.await(() -> api.stateOf(district, streetAssignment), "REPORTED"::equals))
                .as("all children approved: the street reports by roll-up").isEqualTo("REPORTED");
        Map<String, Object> rolledUp = api.get(district, "/api/assignments/{id}", streetAssignment);
        assertThat((Map<String, Object>) rolledUp.get("report")).containsEntry("rolledUp", true);
        assertThat(Eventually.await(() -> api.todo(tree.community(0, 0).officer()), todo -> todo.isEmpty()))
                .as("an approved assignment leaves the to-do list").isEmpty();

        api.receiveAndReport(tree.street(1).officer(), otherStreetAssignment);
        api.approve(district, streetAssignment);
        api.approve(district, otherStreetAssignment);

        // progress comes from the task's tree read model, which may trail the completion by an event
        Map<String, Object> completed = Eventually.await(() -> api.get(district, "/api/tasks/{id}", taskId),
                view -> "COMPLETED".equals(view.get("state"))
                        && Map.of("APPROVED", 4).equals(((Map<String, Object>) view.get("progress")).get("byState")));
        assertThat(completed.get("state")).isEqualTo("COMPLETED");
        Map<String, Object> progress = (Map<String, Object>) completed.get("progress");
        assertThat(progress.get("total")).isEqualTo(4);
        assertThat((Map<String, Object>) progress.get("byState")).containsExactlyEntriesOf(Map.of("APPROVED", 4));
        assertThat((Map<String, Object>) progress.get("byTier"))
                .containsEntry("STREET", Map.of("APPROVED", 2)).containsEntry("COMMUNITY", Map.of("APPROVED", 2));

        assertThat((List<Map<String, Object>>) api.get(district, "/api/tasks?state=COMPLETED").get("items"))
                .extracting(item -> item.get("id")).containsExactly(taskId);
        http.mutateWith(street).get().uri("/api/tasks?issuedBy={org}", tree.district().id()).exchange()
                .expectStatus().isNotFound();

        eventsOnTheWireAreCloudEventsKeyedByTheRootTask(taskId);
    }

    private void eventsOnTheWireAreCloudEventsKeyedByTheRootTask(String taskId) {
        List<ConsumerRecord<String, byte[]>> records = KafkaWire.records(Topics.TASK_EVENTS,
                record -> new String(record.value()).contains(taskId), 19);
        assertThat(records).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(taskId);
            assertThat(KafkaWire.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(KafkaWire.header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(KafkaWire.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/linkage/task-dispatch");
            assertThat(KafkaWire.header(record, CloudEventHeaders.SUBJECT)).startsWith(taskId);
            assertThat(KafkaWire.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        });
        assertThat(records).extracting(record -> KafkaWire.header(record, CloudEventHeaders.TYPE)).containsExactlyInAnyOrder(
                "linkage.task.TaskIssued.v1",
                "linkage.task.AssignmentIssued.v1", "linkage.task.AssignmentIssued.v1",
                "linkage.task.AssignmentReceived.v1", "linkage.task.AssignmentDispatched.v1",
                "linkage.task.AssignmentIssued.v1", "linkage.task.AssignmentIssued.v1",
                "linkage.task.AssignmentReceived.v1", "linkage.task.AssignmentReported.v1",
                "linkage.task.AssignmentReceived.v1", "linkage.task.AssignmentReported.v1",
                "linkage.task.AssignmentApproved.v1", "linkage.task.AssignmentApproved.v1",
                "linkage.task.AssignmentReported.v1",
                "linkage.task.AssignmentReceived.v1", "linkage.task.AssignmentReported.v1",
                "linkage.task.AssignmentApproved.v1", "linkage.task.AssignmentApproved.v1",
                "linkage.task.TaskClosed.v1");
    }

    private static Map<String, Object> dispatch(String dueAt) {
        return Map.of("all", true, "instructions", "请各社区三日内完成排查并上传照片。",
                "receiptDueAt", Instant.now().plus(Duration.ofHours(12)).toString(), "dueAt", dueAt);
    }
}
