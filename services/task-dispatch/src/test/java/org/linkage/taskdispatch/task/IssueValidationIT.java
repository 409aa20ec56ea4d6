package org.linkage.taskdispatch.task;

import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A task is refused whole, with 4xx naming what is wrong, and nothing of it is written. */
@TaskDispatchIntegrationTest
class IssueValidationIT extends DistrictTestSupport {

    @BeforeEach
    void district() {
        plant(2);
    }

    @Test
    void aDeadlineInThePastIsA400NamingTheFieldAndNothingIsPersisted() {
        Map<String, Object> body = TaskApi.task("RELAY", "ALL_STREETS");
        body.put("dueAt", Instant.now().minusSeconds(60).toString());

        expectInvalid(body, "dueAt");

        assertNothingWritten();
    }

    @Test
    void targetsMustBeKnownInsideTheSubtreeOfTheScopesTierAndActive() {
        TestTree elsewhere = new TestTree(publisher, outbox, directory, 1);
        tree.publish(tree.community(0, 0), 2, true);
        awaitRetired(tree.community(0, 0).id());

        expectInvalid(TaskApi.task("RELAY", "STREETS", "org-unknown"), "targetOrgIds[0]");
        expectInvalid(TaskApi.task("RELAY", "STREETS", tree.street(0).id(), elsewhere.street(0).id()), "targetOrgIds[1]");
        expectInvalid(TaskApi.task("DIRECT", "STREETS", tree.community(0, 1).id()), "targetOrgIds[0]");
        expectInvalid(TaskApi.task("DIRECT", "COMMUNITIES", tree.community(0, 0).id()), "targetOrgIds[0]");
        expectInvalid(TaskApi.task("DIRECT", "COMMUNITIES"), "targetOrgIds");
        expectInvalid(TaskApi.task("RELAY", "UNIT_CATEGORY"), "targetUnitCategory");
        Map<String, Object> late = TaskApi.task("RELAY", "ALL_STREETS");
        late.put("receiptDueAt", TaskApi.DUE.plusSeconds(1).toString());
        expectInvalid(late, "receiptDueAt");
        Map<String, Object> noTitle = TaskApi.task("RELAY", "ALL_STREETS");
        noTitle.put("title", " ");
        expectInvalid(noTitle, "title");
        Map<String, Object> blankAttachment = TaskApi.task("RELAY", "ALL_STREETS");
        blankAttachment.put("attachmentIds", List.of("file-1", " "));
        expectInvalid(blankAttachment, "attachmentIds[1]");

        assertNothingWritten();
    }

    @Test
    void aCommunityCannotIssueAndAStreetIssuesOnlyToItsCommunities() {
        http.mutateWith(tree.community(0, 0).officer()).post().uri("/api/tasks")
                .bodyValue(TaskApi.task("RELAY", "ALL_COMMUNITIES")).exchange().expectStatus().isForbidden();
        http.mutateWith(tree.street(0).officer()).post().uri("/api/tasks")
                .bodyValue(TaskApi.task("RELAY", "ALL_STREETS")).exchange().expectStatus().isBadRequest();

        Map<String, Object> task = api.issue(tree.street(0).officer(), TaskApi.task("RELAY", "ALL_COMMUNITIES"));

        assertThat(api.treeLevel(tree.street(0).officer(), (String) task.get("id"), null, 2))
                .extracting(node -> node.get("assigneeOrgId"))
                .containsExactlyInAnyOrder(tree.community(0, 0).id(), tree.community(0, 1).id());
    }

    private void expectInvalid(Map<String, Object> body, String field) {
        http.mutateWith(tree.district().officer()).post().uri("/api/tasks").bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
    }

    private void assertNothingWritten() {
        Query byIssuer = Query.query(Criteria.where("issuerOrgId").is(tree.district().id()));
        assertThat(mongo.count(byIssuer, Task.COLLECTION).block()).isZero();
        assertThat(mongo.count(byIssuer, Assignment.COLLECTION).block()).isZero();
    }

    private void awaitRetired(String orgId) {
        Eventually.await(() -> directory.find(orgId).block().retired(), retired -> retired);
    }
}
