package org.linkage.taskdispatch.task;

import org.junit.jupiter.api.Test;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The issuer withdraws a task: its open assignments are cancelled and leave the to-do lists; approved work stays. */
@TaskDispatchIntegrationTest
class TaskCancelIT {

    @Autowired
    WebTestClient http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Outbox outbox;
    @Autowired
    OrgDirectory directory;

    @Test
    void cancellingATaskCancelsItsOpenAssignments() {
        TaskApi api = new TaskApi(http);
        TestTree tree = new TestTree(publisher, outbox, directory, 2);
        var district = tree.district().officer();
        var street = tree.street(0).officer();
        String taskId = (String) api.issue(district, TaskApi.task("DIRECT", "ALL_COMMUNITIES")).get("id");
        String done = taskId + ":" + tree.community(0, 0).id();
        String open = taskId + ":" + tree.community(0, 1).id();
        api.receiveAndReport(tree.community(0, 0).officer(), done);
        api.approve(street, done);
        Eventually.await(() -> api.todo(tree.community(0, 1).officer()), todo -> todo.containsKey(open));

        api.post(street, "/api/tasks/{id}/cancel", Map.of("reason", "重复下发"), taskId).expectStatus().isForbidden();
        api.post(district, "/api/tasks/{id}/cancel", Map.of("reason", "与防汛专项任务重复，撤销"), taskId)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CANCELLED");

        assertThat(api.stateOf(district, open)).isEqualTo("CANCELLED");
        assertThat(api.stateOf(district, taskId + ":" + tree.street(0).id())).isEqualTo("CANCELLED");
        assertThat(api.stateOf(district, done)).isEqualTo("APPROVED");
        assertThat(Eventually.await(() -> api.todo(tree.community(0, 1).officer()), todo -> todo.isEmpty())).isEmpty();
        api.post(district, "/api/tasks/{id}/cancel", Map.of("reason", "再次撤销"), taskId)
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.currentState").isEqualTo("CANCELLED");
    }
}
