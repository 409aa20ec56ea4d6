package org.linkage.taskdispatch.cascade;

import org.junit.jupiter.api.Test;
import org.linkage.platform.messaging.intent.Intent;
import org.linkage.platform.messaging.intent.Intents;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.linkage.taskdispatch.task.Task;
import org.linkage.taskdispatch.task.TaskState;
import org.linkage.taskdispatch.task.TaskStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fan-out after a crash: applying the stored plan again, whether nothing, part or all of it
 * was written, ends with exactly one assignment per target and the task OPEN.
 */
@TaskDispatchIntegrationTest
class FanOutCrashIT {

    @Autowired
    WebTestClient http;
    @Autowired
    EventPublisher publisher;
    @Autowired
    Outbox outbox;
    @Autowired
    OrgDirectory directory;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    Intents intents;
    @Autowired
    FanOut fanOut;
    @Autowired
    AssignmentStore assignments;
    @Autowired
    TaskStore tasks;

    @Test
    void applyingThePlanAgainAfterAPartialWriteLeavesExactlyOneAssignmentPerTarget() {
        TestTree tree = new TestTree(publisher, outbox, directory, 3, 2);
        String taskId = (String) new TaskApi(http).issue(tree.district().officer(), TaskApi.task("DIRECT", "ALL_COMMUNITIES"))
                .get("id");
        FanOut.Plan plan = storedPlan(taskId);
        assertThat(plan.assignments()).hasSize(7);
        simulateCrashAfter(taskId, plan.assignments().subList(0, 3));

        fanOut.apply("task-issue:" + taskId, plan).block();
        fanOut.apply("task-issue:" + taskId, plan).block();

        Map<String, Long> perOrg = assignments.ofTask(taskId).collectList().block().stream()
                .collect(Collectors.groupingBy(Assignment::assigneeOrgId, Collectors.counting()));
        assertThat(perOrg).hasSize(7).allSatisfy((org, count) -> assertThat(count).isEqualTo(1));
        assertThat(perOrg.keySet()).containsAll(tree.streets().stream().map(TestTree.TestOrg::id).toList());
        assertThat(tasks.find(taskId).block().state()).isEqualTo(TaskState.OPEN);
    }

    @Test
    void aPlanWrittenInFullIsNotWrittenTwice() {
        TestTree tree = new TestTree(publisher, outbox, directory, 2);
        String taskId = (String) new TaskApi(http).issue(tree.district().officer(), TaskApi.task("RELAY", "ALL_STREETS"))
                .get("id");
        FanOut.Plan plan = storedPlan(taskId);
        Map<String, Long> versions = assignments.ofTask(taskId).collectMap(Assignment::id, Assignment::version).block();

        fanOut.apply("task-issue:" + taskId, plan).block();

        assertThat(assignments.ofTask(taskId).collectMap(Assignment::id, Assignment::version).block()).isEqualTo(versions);
        Task task = tasks.find(taskId).block();
        assertThat(task.state()).isEqualTo(TaskState.OPEN);
        assertThat(task.version()).as("opened once").isEqualTo(1);
    }

    private FanOut.Plan storedPlan(String taskId) {
        Intent intent = intents.find("task-issue:" + taskId).block();
        return mongo.getConverter().read(FanOut.Plan.class, intent.payload());
    }

    /** The state a crash leaves: the task still PENDING and only some of its assignments written. */
    private void simulateCrashAfter(String taskId, List<Assignment> written) {
        List<String> keep = written.stream().map(Assignment::id).toList();
        mongo.remove(Query.query(Criteria.where("taskId").is(taskId).and("_id").nin(keep)), Assignment.COLLECTION).block();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(taskId)),
                new Update().set("state", TaskState.PENDING).set("version", 0), Task.COLLECTION).block();
        assertThat(assignments.ofTask(taskId).collectMap(Assignment::id, Function.identity()).block()).hasSize(3);
    }
}
