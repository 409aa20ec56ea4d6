package org.linkage.taskdispatch.progress;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.events.task.AssignmentReported;
import org.linkage.platform.events.task.TaskPriority;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentRole;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.Terms;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.task.AssignmentLevels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task tree read model on the real broker and store: a direct task to 2 streets × 3 communities,
 * its progress per state and tier, the tree read level by level, what a community sees, and
 * duplicate events changing nothing.
 */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class TaskTreeIT extends DistrictTestSupport {

    @Autowired
    AssignmentStore assignments;
    @Autowired
    AssignmentLevels levels;
    @Autowired
    TaskTrees trees;

    private JwtMutator district;
    private String taskId;

    @BeforeEach
    void aDirectTaskWithSomeProgress() {
        plant(3, 3, 3);
        district = tree.district().officer();
        taskId = (String) api.issue(district, TaskApi.task("DIRECT", "ALL_COMMUNITIES")).get("id");
        String done = assignment(0, 0);
        api.receiveAndReport(tree.community(0, 0).officer(), done);
        api.approve(tree.street(0).officer(), done);
        api.post(tree.community(0, 1).officer(), "/api/assignments/{id}/receive", null, assignment(0, 1))
                .expectStatus().isOk();
    }

    @Test
    void progressCountsEachStateOverallAndPerTier() {
        Map<String, Object> progress = awaitProgress(district, p -> byTier(p, "COMMUNITY").equals(
                Map.of("ISSUED", 7, "RECEIVED", 1, "APPROVED", 1)));

        assertThat(progress.get("total")).isEqualTo(12);
        assertThat((Map<String, Object>) progress.get("byState"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("DISPATCHED", 3, "ISSUED", 7, "RECEIVED", 1, "APPROVED", 1));
        assertThat(byTier(progress, "STREET")).isEqualTo(Map.of("DISPATCHED", 3));
    }

    @Test
    void theTreeIsReadOneLevelAndOnePageAtATime() {
        awaitProgress(district, p -> byTier(p, "COMMUNITY").equals(Map.of("ISSUED", 7, "RECEIVED", 1, "APPROVED", 1)));

        Map<String, Object> top = api.get(district, "/api/tasks/{id}/tree?size=2", taskId);
        assertThat(top.get("total")).isEqualTo(3);
        assertThat(items(top)).extracting(node -> node.get("assigneeOrgId"))
                .containsExactly(tree.street(0).id(), tree.street(1).id());
        assertThat(items(top).get(0)).containsEntry("childCount", 3).containsEntry("state", "DISPATCHED")
                .containsEntry("belowByState", Map.of("APPROVED", 1, "RECEIVED", 1, "ISSUED", 1));
        assertThat(items(api.get(district, "/api/tasks/{id}/tree?size=2&page=1", taskId)))
                .extracting(node -> node.get("assigneeOrgId")).containsExactly(tree.street(2).id());

        String street = taskId + ":" + tree.street(0).id();
        Map<String, Object> first = api.get(district, "/api/tasks/{id}/tree?parentId={p}&size=2", taskId, street);
        assertThat(first).containsEntry("parentId", street).containsEntry("total", 3);
        assertThat(items(first)).extracting(node -> node.get("id")).containsExactly(assignment(0, 0), assignment(0, 1));
        assertThat(items(first)).extracting(node -> node.get("state")).containsExactly("APPROVED", "RECEIVED");
        assertThat(items(api.get(district, "/api/tasks/{id}/tree?parentId={p}&size=2&page=1", taskId, street)))
                .extracting(node -> node.get("id")).containsExactly(assignment(0, 2));

        expectInvalid("/api/tasks/{id}/tree?size=0", "size");
        expectInvalid("/api/tasks/{id}/tree?size=201", "size");
        expectInvalid("/api/tasks/{id}/tree?page=-1", "page");
    }

    @Test
    void aCommunitySeesOnlyItsOwnNode() {
        var community = tree.community(0, 1).officer();
        Map<String, Object> progress = awaitProgress(community, p -> byTier(p, "COMMUNITY").equals(Map.of("RECEIVED", 1)));
        assertThat(progress.get("total")).isEqualTo(1);

        Map<String, Object> top = api.get(community, "/api/tasks/{id}/tree", taskId);
        assertThat(top.get("total")).isEqualTo(1);
        assertThat(items(top)).singleElement().satisfies(node -> assertThat(node)
                .containsEntry("id", assignment(0, 1)).containsEntry("childCount", 0));

        http.mutateWith(community).get().uri("/api/tasks/{id}/tree?parentId={p}", taskId, taskId + ":" + tree.street(0).id())
                .exchange().expectStatus().isNotFound();
        http.mutateWith(community).get().uri("/api/tasks/{id}/tree?parentId={p}", taskId, assignment(0, 0))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void aDuplicateEventChangesNoCount() {
        Map<String, Integer> before = Map.of("ISSUED", 7, "RECEIVED", 1, "APPROVED", 1);
        awaitProgress(district, p -> byTier(p, "COMMUNITY").equals(before));

        // the approved community's report again: once redelivered as is, once re-sent under a new event id
        AssignmentReported stale = new AssignmentReported(assignment(0, 0), taskId, tree.community(0, 0).id(),
                "已排查完毕", List.of(), "someone", Instant.now());
        var envelope = outbox.envelope(stale, taskId);
        publisher.send(envelope).block();
        publisher.send(envelope).block();
        publisher.send(outbox.envelope(stale, taskId)).block();
        // a real change after them on the same partition: once it shows, the duplicates were handled
        api.post(tree.community(1, 0).officer(), "/api/assignments/{id}/receive", null, assignment(1, 0))
                .expectStatus().isOk();

        Map<String, Object> after = awaitProgress(district, p -> Integer.valueOf(2).equals(byTier(p, "COMMUNITY").get("RECEIVED")));
        assertThat(byTier(after, "COMMUNITY")).isEqualTo(Map.of("ISSUED", 6, "RECEIVED", 2, "APPROVED", 1));
        assertThat(after.get("total")).isEqualTo(12);
    }

    @Test
    void writersRacingOnOneTreeLoseNoUpdate() {
        String raceTask = "race-" + UUID.randomUUID();
        Terms terms = new Terms("竞争写入", TaskPriority.HIGH, null, Instant.now(), TaskApi.DUE, null);
        List<Assignment> level = IntStream.range(0, 5).mapToObj(i -> Assignment.issue(raceTask, null,
                new DirectoryOrg(raceTask + "-s" + i, "d", "d", List.of("d"), OrgTier.STREET, OrgKind.STREET, "s" + i,
                        "街道" + i, false, 1, Instant.now()),
                "d", AssignmentRole.RELAY, terms, List.of(), Actor.SYSTEM, Instant.now())).toList();
        assignments.insertMissing(level).block();

        // one projector per writer, as on separate replicas: none remembers what the others wrote
        Flux.fromIterable(level)
                .flatMap(a -> new TaskTreeProjector(trees, assignments, levels).sync(a.id()), level.size())
                .blockLast();

        TaskTree tree = trees.find(raceTask).block();
        assertThat(tree.nodes()).extracting(TreeNode::assignmentId)
                .containsExactlyInAnyOrderElementsOf(level.stream().map(Assignment::id).toList());
        assertThat(tree.version()).as("one insert, then one replacement per other writer").isEqualTo(level.size() - 1);
    }

    private String assignment(int street, int community) {
        return taskId + ":" + tree.community(street, community).id();
    }

    private Map<String, Object> awaitProgress(JwtMutator caller, Predicate<Map<String, Object>> done) {
        return Eventually.await(() -> (Map<String, Object>) api.get(caller, "/api/tasks/{id}", taskId).get("progress"), done);
    }

    private static Map<String, Object> byTier(Map<String, Object> progress, String tier) {
        return ((Map<String, Map<String, Object>>) progress.get("byTier")).getOrDefault(tier, Map.of());
    }

    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private void expectInvalid(String uri, String field) {
        http.mutateWith(district).get().uri(uri, taskId).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
