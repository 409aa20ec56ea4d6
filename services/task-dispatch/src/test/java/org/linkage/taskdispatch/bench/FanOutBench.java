package org.linkage.taskdispatch.bench;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.linkage.taskdispatch.todo.TodoList;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5: the time to fan one DIRECT task out to 600 communities on the local stack (real broker,
 * embedded store), through the real HTTP API. Per task: until the POST answers 201, until all its
 * assignments are in the store, until all their AssignmentIssued are on the topic, and until the
 * to-do read model lists it everywhere. Only counts are asserted, never speed.
 */
@TaskDispatchIntegrationTest
class FanOutBench extends DistrictTestSupport {

    private static final int STREETS = 30;
    private static final int COMMUNITIES_PER_STREET = 20;
    private static final int COMMUNITIES = STREETS * COMMUNITIES_PER_STREET;
    /** Each community's, plus one supervising assignment per street. */
    private static final int ASSIGNMENTS = COMMUNITIES + STREETS;
    private static final int WARM_UP = 2;
    private static final int MEASURED = 7;
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final Samples created = new Samples();
    private final Samples stored = new Samples();
    private final Samples published = new Samples();
    private final Samples listed = new Samples();

    @Test
    void fansOneDirectTaskOutToSixHundredCommunities() throws InterruptedException {
        long plantStart = System.nanoTime();
        plant(TestTree.uniform(STREETS, COMMUNITIES_PER_STREET));
        assertThat(directory.descendants(tree.district().id(), OrgTier.COMMUNITY).count().block()).isEqualTo(COMMUNITIES);
        double plantSeconds = (System.nanoTime() - plantStart) / 1e9;

        try (IssuedEventsTail topic = IssuedEventsTail.fromNow()) {
            for (int run = 0; run < WARM_UP + MEASURED; run++) {
                measureOne(topic, run >= WARM_UP);
            }
        }

        new BenchReport("fan-out", "Fan-out of one DIRECT task to " + COMMUNITIES + " communities")
                .text(String.format(Locale.ROOT, "District of %d streets × %d communities, planted as OrgSnapshot events "
                        + "in %.1f s. Each task: DIRECT, ALL_COMMUNITIES, %d assignments (%d communities + %d supervising streets), "
                        + "%d AssignmentIssued events; POST /api/tasks through WebTestClient against the application, real KRaft "
                        + "broker, embedded MongoDB wire-protocol store. %d warm-up tasks, then %d measured; times from the start "
                        + "of the POST, in ms.", STREETS, COMMUNITIES_PER_STREET, plantSeconds, ASSIGNMENTS, COMMUNITIES, STREETS,
                        ASSIGNMENTS, WARM_UP, MEASURED))
                .table("until", "min", "median", "max")
                .row("POST answered 201 (cascade written)", created.min(), created.median(), created.max())
                .row("all " + ASSIGNMENTS + " assignments in the store", stored.min(), stored.median(), stored.max())
                .row("all " + ASSIGNMENTS + " AssignmentIssued on the topic", published.min(), published.median(), published.max())
                .row("every to-do list shows it (read model)", listed.min(), listed.median(), listed.max())
                .end()
                .text("The cascade is written before the 201 (the intent is applied in the request), so the store row is "
                        + "the 201 plus one confirming count; the events leave from the intent just before the answer. The "
                        + "to-do lists are a read model fed by those events, one list document updated per event.")
                .machine()
                .publish();
    }

    private void measureOne(IssuedEventsTail topic, boolean measured) throws InterruptedException {
        Map<String, Object> body = TaskApi.task("DIRECT", "ALL_COMMUNITIES");
        body.put("overrideBurden", true);

        long start = System.nanoTime();
        String taskId = (String) api.issue(tree.district().officer(), body).get("id");
        long createdAt = System.nanoTime();
        long storedAt = awaitStored(taskId);
        OptionalLong publishedAt = topic.awaitAll(taskId, ASSIGNMENTS, WAIT);
        long listedAt = awaitListed(taskId);

        assertThat(assignmentsOf(taskId)).isEqualTo(ASSIGNMENTS);
        assertThat(publishedAt).as("AssignmentIssued of %s on the topic: %d", taskId, topic.count(taskId)).isPresent();
        assertThat(topic.count(taskId)).isEqualTo(ASSIGNMENTS);
        if (measured) {
            created.add(start, createdAt);
            stored.add(start, storedAt);
            published.add(start, publishedAt.getAsLong());
            listed.add(start, listedAt);
        }
    }

    private long awaitStored(String taskId) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (assignmentsOf(taskId) < ASSIGNMENTS && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return System.nanoTime();
    }

    private long assignmentsOf(String taskId) {
        return mongo.count(Query.query(Criteria.where("taskId").is(taskId)), Assignment.COLLECTION).block();
    }

    /** Polls the to-do lists of every assignee, by {@code _id}, until each lists the task. */
    private long awaitListed(String taskId) throws InterruptedException {
        List<String> orgIds = Stream.concat(tree.streets().stream(), tree.communities().stream())
                .map(TestTree.TestOrg::id).toList();
        Query lists = Query.query(Criteria.where("_id").in(orgIds));
        long deadline = System.nanoTime() + WAIT.toNanos();
        long listing = 0;
        while (System.nanoTime() < deadline) {
            listing = mongo.find(lists, TodoList.class, TodoList.COLLECTION)
                    .filter(list -> list.items().stream().anyMatch(item -> item.taskId().equals(taskId)))
                    .count().block();
            if (listing == ASSIGNMENTS) {
                return System.nanoTime();
            }
            Thread.sleep(20);
        }
        assertThat(listing).as("to-do lists listing %s", taskId).isEqualTo(ASSIGNMENTS);
        return System.nanoTime();
    }
}
