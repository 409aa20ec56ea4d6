package org.linkage.taskdispatch.sendback;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.Topics;
import org.linkage.platform.test.KafkaWire;
import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 退单: the assignee sends misrouted work back; the reviewer re-targets it to a sibling or insists. */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class SendBackIT extends DistrictTestSupport {

    @BeforeEach
    void district() {
        plant(3, 1);
    }

    @Test
    void aSentBackAssignmentIsRetargetedToASiblingThatTakesItsPlaceInTheRollUp() {
        var district = tree.district().officer();
        var street = tree.street(0).officer();
        var misrouted = tree.community(0, 0);
        var right = tree.community(0, 2);
        String taskId = (String) api.issue(district, TaskApi.task("DIRECT", "COMMUNITIES", misrouted.id(),
                tree.community(0, 1).id())).get("id");
        String wrong = taskId + ":" + misrouted.id();
        String other = taskId + ":" + tree.community(0, 1).id();

        api.post(tree.community(0, 1).officer(), "/api/assignments/{id}/send-back", Map.of("reason", "不是我们的"), wrong)
                .expectStatus().isNotFound();
        api.post(misrouted.officer(), "/api/assignments/{id}/send-back", Map.of("reason", " "), wrong)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        api.post(misrouted.officer(), "/api/assignments/{id}/send-back",
                        Map.of("reason", "该小区已划归第1-3社区管理", "suggestedOrgId", right.id()), wrong)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("SENT_BACK")
                .jsonPath("$.sendBack.suggestedOrgId").isEqualTo(right.id());
        assertThat(Eventually.await(() -> api.todo(misrouted.officer()).get(wrong), "SENT_BACK"::equals)).isEqualTo("SENT_BACK");

        api.post(district, "/api/assignments/{id}/retarget", Map.of("orgId", right.id()), wrong)
                .expectStatus().isForbidden();
        api.post(street, "/api/assignments/{id}/retarget", Map.of("orgId", tree.community(1, 0).id()), wrong)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("orgId");
        api.post(street, "/api/assignments/{id}/retarget", Map.of("orgId", tree.community(0, 1).id()), wrong)
                .expectStatus().isEqualTo(409);
        Map<String, Object> replacement = api.post(street, "/api/assignments/{id}/retarget",
                        Map.of("orgId", right.id(), "reason", "按辖区调整改派"), wrong)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        String moved = taskId + ":" + right.id();
        assertThat(replacement.get("id")).isEqualTo(moved);
        assertThat(replacement.get("state")).isEqualTo("ISSUED");
        assertThat(replacement.get("parentAssignmentId")).isEqualTo(taskId + ":" + tree.street(0).id());

        Map<String, Object> closed = api.get(street, "/api/assignments/{id}", wrong);
        assertThat(closed.get("state")).isEqualTo("CANCELLED");
        assertThat((Map<String, Object>) closed.get("sendBack")).containsEntry("decision", "RETARGETED")
                .containsEntry("retargetedToOrgId", right.id());
        assertThat((List<String>) api.get(street, "/api/assignments/{id}", taskId + ":" + tree.street(0).id()).get("childIds"))
                .containsExactlyInAnyOrder(other, moved);
        api.post(street, "/api/assignments/{id}/retarget", Map.of("orgId", right.id()), wrong).expectStatus().isEqualTo(409);

        api.receiveAndReport(right.officer(), moved);
        api.receiveAndReport(tree.community(0, 1).officer(), other);
        api.approve(street, moved);
        api.approve(street, other);
        String streetAssignment = taskId + ":" + tree.street(0).id();
        assertThat(Eventually.await(() -> api.stateOf(district, streetAssignment), "REPORTED"::equals)).isEqualTo("REPORTED");

        assertThat(KafkaWire.records(Topics.TASK_EVENTS, record -> taskId.equals(record.key())
                        && wrong.equals(KafkaWire.header(record, CloudEventHeaders.SUBJECT)), 4))
                .extracting(record -> KafkaWire.header(record, CloudEventHeaders.TYPE))
                .containsExactly("linkage.task.AssignmentIssued.v1", "linkage.task.AssignmentSentBack.v1",
                        "linkage.task.AssignmentCancelled.v1", "linkage.task.AssignmentRetargeted.v1");
    }

    @Test
    void theReviewerInsistsAndTheAssigneeReceivesItAgain() {
        var district = tree.district().officer();
        var street = tree.street(1).officer();
        String taskId = (String) api.issue(district, TaskApi.task("RELAY", "ALL_STREETS")).get("id");
        String assignment = taskId + ":" + tree.street(1).id();

        api.post(street, "/api/assignments/{id}/receive", null, assignment).expectStatus().isOk();
        api.post(street, "/api/assignments/{id}/send-back", Map.of("reason", "本街道无此类设施"), assignment)
                .expectStatus().isOk();
        api.post(street, "/api/assignments/{id}/report", Map.of("summary", "已完成"), assignment).expectStatus().isEqualTo(409);
        api.post(street, "/api/assignments/{id}/insist", Map.of("comment", "请核实"), assignment).expectStatus().isForbidden();
        api.post(district, "/api/assignments/{id}/insist", Map.of("comment", "经核实属你街道辖区，请落实"), assignment)
                .expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("ISSUED")
                .jsonPath("$.sendBack.decision").isEqualTo("INSISTED");
        api.post(district, "/api/assignments/{id}/insist", Map.of("comment", "再次"), assignment).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentState").isEqualTo("ISSUED");

        api.receiveAndReport(street, assignment);
        List<Map<String, Object>> history = (List<Map<String, Object>>) api.get(district, "/api/assignments/{id}", assignment)
                .get("history");
        assertThat(history).extracting(entry -> entry.get("action"))
                .containsExactly("ISSUE", "RECEIVE", "SEND_BACK", "INSIST", "RECEIVE", "REPORT");
    }
}
