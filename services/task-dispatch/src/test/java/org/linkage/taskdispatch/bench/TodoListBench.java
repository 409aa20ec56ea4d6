package org.linkage.taskdispatch.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.linkage.taskdispatch.support.TestTree.TestOrg;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5: the latency of one community's to-do list (count and first page) with 140,000 open
 * assignments in the embedded store, which serves no secondary index: the read model is one
 * document per organisation, read by {@code _id}. For contrast, the query a BPM-style design runs
 * (open assignments by assignee, counted and sorted by deadline) directly on the same store. Only
 * correctness is asserted, never speed.
 */
@TaskDispatchIntegrationTest
class TodoListBench extends DistrictTestSupport {

    private static final int STREETS = 30;
    private static final int COMMUNITIES_PER_STREET = 20;
    /** 223 tasks × (600 communities + 30 streets) = 140,490 open assignments, 223 on each list. */
    private static final int TASKS = 223;
    private static final int PAGE = 50;
    private static final int WARM_UP = 200;
    private static final int REQUESTS = 500;
    private static final int NAIVE_QUERIES = 20;
    private static final List<String> OPEN_STATES = Arrays.stream(AssignmentState.values())
            .filter(AssignmentState::isOpen).map(Enum::name).toList();

    private final Random random = new Random(140_000);
    private OpenAssignmentsSeed seed;

    @AfterEach
    void removeSeed() {
        if (seed != null) {
            seed.remove();
        }
    }

    @Test
    void readsOneCommunitysToDoListAmong140000OpenAssignments() {
        plant(TestTree.uniform(STREETS, COMMUNITIES_PER_STREET));
        seed = new OpenAssignmentsSeed(mongo);
        long seedStart = System.nanoTime();
        long written = seed.seed(directory, tree.district().id(), TASKS);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long inStore = mongo.count(new Query(), Assignment.COLLECTION).block();
        assertThat(written).isEqualTo((long) TASKS * (STREETS * COMMUNITIES_PER_STREET + STREETS));

        List<TestOrg> communities = tree.communities();
        Samples todo = measure(communities, WARM_UP, REQUESTS, this::readTodoList);
        Samples burden = measure(communities, WARM_UP / 4, REQUESTS, this::readBurden);
        Samples streetBurden = measure(tree.streets(), 10, REQUESTS / 5, this::readBurden);
        Samples naive = measure(communities, 1, NAIVE_QUERIES, this::naiveQuery);

        new BenchReport("todo-list", "To-do list of one community with " + String.format(Locale.ROOT, "%,d", inStore)
                + " assignments in the store")
                .text(String.format(Locale.ROOT, "District of %d streets × %d communities. Seeded by bulk inserts in %.1f s, not "
                                + "through the fan-out (its read models take several seconds per task to catch up, see fan-out.md, so "
                                + "most of an hour for this many): %d OPEN DIRECT tasks to every community, %,d open assignments "
                                + "(%d on each community's and each street's list) planned by the production CascadePolicy, "
                                + "and the %d to-do lists the projector's own rule (TodoList.with) builds from them. %,d "
                                + "assignments in the store in all. Requests through WebTestClient bound to the application "
                                + "(WebFlux, security filter chain, mock JWT of the community's officer), random communities, "
                                + "after warm-up; times in ms.", STREETS, COMMUNITIES_PER_STREET, seedSeconds, TASKS, written,
                        TASKS, STREETS * COMMUNITIES_PER_STREET + STREETS, inStore))
                .table("query", "n", "p50", "p95", "p99", "max")
                .row("GET /api/assignments?orgId=<community>&page=0&size=" + PAGE + " (read model, by _id)", todo.count(),
                        todo.median(), todo.percentile(95), todo.percentile(99), todo.max())
                .row("GET /api/assignments/burden?orgId=<community>", burden.count(), burden.median(),
                        burden.percentile(95), burden.percentile(99), burden.max())
                .row("GET /api/assignments/burden?orgId=<street> (20 communities)", streetBurden.count(),
                        streetBurden.median(), streetBurden.percentile(95), streetBurden.percentile(99), streetBurden.max())
                .row("naive, on the store: assignments by assigneeOrgId and open state, count + first " + PAGE
                        + " by dueAt", naive.count(), naive.median(), naive.percentile(95), naive.percentile(99), naive.max())
                .end()
                .text("The naive query is what the production indexes (assigneeOrgId…) serve on MongoDB; the embedded store "
                        + "ignores them and scans every assignment.")
                .machine()
                .publish();
    }

    /** Runs {@code warmUp} unmeasured, then {@code measured} timed calls, each on a random organisation. */
    private Samples measure(List<TestOrg> orgs, int warmUp, int measured, Consumer<TestOrg> call) {
        Samples samples = new Samples();
        for (int i = 0; i < warmUp + measured; i++) {
            TestOrg org = orgs.get(random.nextInt(orgs.size()));
            long start = System.nanoTime();
            call.accept(org);
            if (i >= warmUp) {
                samples.add(start, System.nanoTime());
            }
        }
        return samples;
    }

    @SuppressWarnings("unchecked")
    private void readTodoList(TestOrg community) {
        Map<String, Object> page = api.get(community.officer(), "/api/assignments?orgId={id}&page=0&size={size}",
                community.id(), PAGE);
        assertThat(((Number) page.get("total")).intValue()).isEqualTo(TASKS);
        assertThat((List<Object>) page.get("items")).hasSize(PAGE);
    }

    private void readBurden(TestOrg org) {
        Map<String, Object> view = api.get(org.officer(), "/api/assignments/burden?orgId={id}", org.id());
        int communities = org.tier() == OrgTier.COMMUNITY ? 1 : COMMUNITIES_PER_STREET;
        assertThat(((Number) view.get("totalOpen")).intValue()).isEqualTo(TASKS * communities);
    }

    private void naiveQuery(TestOrg community) {
        Query open = Query.query(Criteria.where("assigneeOrgId").is(community.id()).and("state").in(OPEN_STATES));
        long total = mongo.count(open, Assignment.COLLECTION).block();
        List<Assignment> first = mongo.find(Query.of(open).with(Sort.by("terms.dueAt")).limit(PAGE), Assignment.class,
                Assignment.COLLECTION).collectList().block();
        assertThat(total).isEqualTo(TASKS);
        assertThat(first).hasSize(PAGE);
    }
}
