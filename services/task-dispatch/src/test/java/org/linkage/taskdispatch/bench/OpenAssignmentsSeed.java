package org.linkage.taskdispatch.bench;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.events.task.TargetScope;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.platform.events.task.TaskPriority;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.cascade.CascadePolicy;
import org.linkage.taskdispatch.cascade.Targets;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.task.Task;
import org.linkage.taskdispatch.task.TaskState;
import org.linkage.taskdispatch.todo.TodoList;
import org.linkage.taskdispatch.todo.TodoLists;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Fills the store with open DIRECT tasks of one district as the fan-out would leave them: the tasks
 * (OPEN), every assignment planned by the production {@link CascadePolicy}, and the to-do lists the
 * projector would have built from them ({@link TodoLists}). Written by bulk inserts, because issuing
 * a couple of hundred tasks through the API would not fit a bench run: FanOutBench finds the read
 * model needs 8-20 s per task to catch up at 630 lists, longer as the lists grow, so most of an
 * hour or more for 223 tasks. What is written is the same documents.
 */
final class OpenAssignmentsSeed {

    private static final Actor DISTRICT_OFFICER = new Actor("user-bench-district-officer", null);

    private final ReactiveMongoTemplate mongo;
    private final Random random = new Random(5);
    private final List<String> taskIds = new ArrayList<>();
    private final Map<String, TodoList> lists = new HashMap<>();

    OpenAssignmentsSeed(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Issues {@code tasks} tasks to every community of the district, in the store directly.
     *
     * @return how many assignments were written
     */
    long seed(OrgDirectory directory, String districtId, int tasks) {
        DirectoryOrg district = directory.find(districtId).blockOptional().orElseThrow();
        Targets everyCommunity = new Targets(directory.children(districtId, OrgTier.STREET)
                .concatMap(street -> directory.children(street.id(), OrgTier.COMMUNITY).collectList()
                        .map(communities -> new Targets.Group(street, communities)))
                .collectList().block(), false);
        Actor issuer = new Actor(DISTRICT_OFFICER.userId(), district.id());
        long written = 0;
        for (int n = 0; n < tasks; n++) {
            Task drafted = draft(district, n);
            List<Assignment> planned = CascadePolicy.plan(drafted, district, everyCommunity, issuer);
            Task task = drafted.withTopAssignments(planned.stream().filter(Assignment::isTopLevel).map(Assignment::id).toList());
            mongo.insert(task, Task.COLLECTION).block();
            mongo.insert(planned, Assignment.COLLECTION).then().block();
            planned.forEach(a -> lists.compute(a.assigneeOrgId(),
                    (orgId, list) -> TodoLists.with(list == null ? TodoLists.empty(orgId) : list, a)));
            taskIds.add(task.id());
            written += planned.size();
        }
        mongo.insert(List.copyOf(lists.values()), TodoList.COLLECTION).then().block();
        return written;
    }

    /** Removes what {@link #seed} wrote, so later benches in the same JVM see a store of their own size. */
    void remove() {
        mongo.remove(Query.query(Criteria.where("taskId").in(taskIds)), Assignment.COLLECTION).block();
        mongo.remove(Query.query(Criteria.where("_id").in(taskIds)), Task.COLLECTION).block();
        mongo.remove(Query.query(Criteria.where("_id").in(lists.keySet())), TodoList.COLLECTION).block();
    }

    /** An open task issued now, due between 2 and 90 days from now, so that lists are not in issue order. */
    private Task draft(DirectoryOrg district, int n) {
        Instant now = Instant.now();
        Instant dueAt = now.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(random.nextInt(88 * 24 * 60)));
        return new Task("task-bench-" + UUID.randomUUID(), district.districtId(), district.id(), district.path(),
                DISTRICT_OFFICER.userId(), "第" + (n + 1) + "号 汛前安全隐患排查",
                "请对辖区内地下空间、老旧房屋开展一次全面排查，建立台账，限期整改。", "SAFETY", TaskPriority.HIGH,
                TaskMode.DIRECT, TargetScope.ALL_COMMUNITIES, List.of(), now.plus(Duration.ofDays(1)), dueAt, null, false,
                TaskState.OPEN, List.of(), List.of(), now, null, null, 0, List.of());
    }
}
