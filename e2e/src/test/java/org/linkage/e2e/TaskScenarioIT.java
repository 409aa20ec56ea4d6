package org.linkage.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkage.e2e.support.Api;
import org.linkage.e2e.support.ScenarioDistrict;
import org.linkage.e2e.support.ScenarioDistrict.Officer;
import org.linkage.e2e.support.ScenarioDistrict.Street;
import org.linkage.e2e.support.E2eStack;
import org.linkage.e2e.support.Eventually;
import org.linkage.e2e.support.Parallel;
import org.linkage.e2e.support.TopicRecords;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.linkage.e2e.support.Eventually.eventually;

/**
 * The issue's scenario, through the gateway only, on a district of the demo district's shape: 3
 * streets × 3 communities, a department and a resident unit ({@link ScenarioDistrict} says why not
 * the demo district itself). The district issues a RELAY task to all its streets; each street signs
 * for it and passes it on to all its communities, which sign for it and report; the streets approve,
 * roll up to REPORTED, and the district's approval completes the task. On the way: one community
 * misses a deadline a few seconds ahead and is escalated to the district's supervision list (督办),
 * then reports late; one report is returned (退回) with a reason and reported again; and task-dispatch
 * is killed with SIGKILL while the communities are at work, and started again. At the end the tree,
 * the to-do lists and the events on {@code linkage.task.events} show that nothing was lost and
 * nothing happened twice. Then whistles (吹哨报到) answered by a department, and by a resident unit.
 */
@SuppressWarnings("unchecked")
class TaskScenarioIT {

    static final String TASK_EVENTS = "linkage.task.events";
    /** After the restart the service's consumers rejoin their groups: the dead member is dropped only when its session ends. */
    static final Duration AFTER_RESTART = Duration.ofSeconds(150);
    static final Duration LATE_DEADLINE = Duration.ofSeconds(30);
    static final String RETURN_REASON = "请补充整改前后照片";

    static Api api;
    static ScenarioDistrict fixture;

    @BeforeAll
    static void platform() {
        api = new Api(E2eStack.get().gateway());
        fixture = new ScenarioDistrict(api, 3, 3);
        // task-dispatch knows the tree only from organization's snapshot topic: wait until it has all of it
        Officer lastCommunity = fixture.communities().get(fixture.communities().size() - 1);
        eventually(() -> api.get(fixture.district.token(), "/api/assignments?orgId={org}", lastCommunity.orgId())
                .returnResult(Map.class), 200);
    }

    @Test
    void aRelayTaskCascadesThroughTheDistrictAndCompletesOnceAcrossACrashOfTaskDispatch() throws Exception {
        Street first = fixture.streets.get(0);
        Street last = fixture.streets.get(fixture.streets.size() - 1);
        Officer returned = first.communities().get(0);
        Officer late = last.communities().get(last.communities().size() - 1);
        List<Street> others = fixture.streets.subList(0, fixture.streets.size() - 1);

        // 1. the district issues a relay task to all its streets
        String taskId = issueToAllStreets();
        for (Street street : fixture.streets) {
            assertThat(assignment(street.officer().token(), id(taskId, street.officer())).get("state")).isEqualTo("ISSUED");
        }

        // 2. every street signs for it (签收) and passes it on to all its communities; the last street gives
        //    its communities a deadline only seconds ahead (its others report in time, one community does not)
        Parallel.each(others, street -> receiveAndDispatch(taskId, street, Instant.now().plus(Duration.ofDays(2))));
        receiveAndDispatch(taskId, last, Instant.now().plus(LATE_DEADLINE));
        Parallel.each(last.communities(), community -> {
            receive(community, id(taskId, community));
            if (community != late) {
                report(community, id(taskId, community), "已完成排查");
            }
        });

        // 3. task-dispatch crashes while the other communities are at work, and comes back on the same port
        Duration away = E2eStack.get().taskDispatch().crashAndRestart();
        System.out.printf("e2e: task-dispatch killed and ready again after %d s%n", away.toSeconds());

        // 4. the late community's deadline passes: OVERDUE, and escalated onto the district's supervision list
        String lateId = id(taskId, late);
        Map<String, Object> flagged = awaitAssignment(late.token(), lateId, view -> ((List<String>) view.get("flags")).contains("ESCALATED"));
        assertThat((List<String>) flagged.get("flags")).containsExactlyInAnyOrder("OVERDUE", "ESCALATED");
        assertThat(flagged.get("state")).as("a flag, not a state").isEqualTo("RECEIVED");
        assertThat(flagged.get("escalatedToOrgId")).as("one tier above its issuer, the street").isEqualTo(fixture.district.orgId());
        eventually(AFTER_RESTART, () -> api.get(fixture.district.token(), "/api/assignments?supervisedBy={org}",
                fixture.district.orgId()).returnResult(Map.class), 200, page -> supervised(page).contains(lateId));

        // 5. every other community signs for its assignment and reports (反馈)
        List<Officer> working = others.stream().flatMap(street -> street.communities().stream()).toList();
        Parallel.each(working, community -> {
            receive(community, id(taskId, community));
            report(community, id(taskId, community), "已排查辖区楼栋，整改隐患若干处");
        });

        // 6. the first street returns one report with a reason (退回); the community signs again and reports again
        transition(first.officer().token(), id(taskId, returned), "return", Map.of("reason", RETURN_REASON), "RETURNED");
        assertThat(assignment(returned.token(), id(taskId, returned)))
                .containsEntry("state", "RETURNED").containsEntry("returnReason", RETURN_REASON);
        receive(returned, id(taskId, returned));
        report(returned, id(taskId, returned), "已补充整改前后照片12张");

        // 7. the late community reports late; it is still done, and leaves the supervision list once approved
        report(late, lateId, "逾期完成排查，已说明原因");

        // 8. the streets approve their communities and roll up to REPORTED; the district approves the streets
        Parallel.each(fixture.streets, street -> street.communities().forEach(community ->
                approve(street.officer().token(), id(taskId, community))));
        Parallel.each(fixture.streets, street -> awaitAssignment(fixture.district.token(), id(taskId, street.officer()),
                view -> "REPORTED".equals(view.get("state"))));
        Parallel.each(fixture.streets, street -> approve(fixture.district.token(), id(taskId, street.officer())));
        Map<String, Object> task = eventually(AFTER_RESTART, () -> api.get(fixture.district.token(), "/api/tasks/{id}", taskId)
                .returnResult(Map.class), 200, body -> "COMPLETED".equals(body.get("state")));

        // the final tree: every assignment approved, exactly once each
        int total = fixture.streets.size() + fixture.communities().size();
        Map<String, Object> progress = (Map<String, Object>) task.get("progress");
        assertThat(progress.get("total")).isEqualTo(total);
        assertThat((Map<String, Object>) progress.get("byState")).isEqualTo(Map.of("APPROVED", total));
        assertFinalTree(taskId, returned, late);
        api.get(fixture.district.token(), "/api/tasks/{id}/tree", taskId).expectStatus().isOk()
                .expectBody(String.class).value(tree -> assertThat(tree).contains(id(taskId, first.officer())));
        eventually(() -> api.get(fixture.district.token(), "/api/assignments?supervisedBy={org}", fixture.district.orgId())
                .returnResult(Map.class), 200, page -> !supervised(page).contains(lateId));
        Parallel.each(fixture.communities(), community -> eventually(() -> api.get(community.token(),
                "/api/assignments?orgId={org}", community.orgId()).returnResult(Map.class), 200,
                page -> ((List<?>) page.get("items")).isEmpty()));

        assertEventsOnTheWire(taskId, returned, late);
    }

    /** 吹哨报到 with a department: the department's officer reports in, the community closes and rates it. */
    @Test
    void aCommunityWhistlesADepartmentWhichReportsInAndIsRated() {
        Officer community = fixture.streets.get(1).communities().get(0);
        Map<String, Object> whistle = raise(community, Map.of("title", "小区消防通道被占用", "description",
                "多辆车辆长期占用消防通道，社区劝导无效。", "category", "城市管理", "location", "第2街道第1社区3号楼",
                "summonedOrgIds", List.of(fixture.department.orgId()), "respondWithin", "PT30M"));
        String whistleId = (String) whistle.get("id");

        respond(fixture.department, whistleId, "已派执法人员到场，联系车主挪车");
        Map<String, Object> closed = close(community, whistleId, List.of(fixture.department.orgId()));

        assertThat(closed).containsEntry("state", "CLOSED").containsEntry("resolved", true);
        assertThat((List<Map<String, Object>>) closed.get("responses")).extracting(r -> r.get("responderId"))
                .containsExactly(fixture.department.orgId());
        assertThat((List<Map<String, Object>>) closed.get("ratings")).extracting(r -> r.get("responderId"), r -> r.get("score"))
                .containsExactly(tuple(fixture.department.orgId(), 5));
    }

    /**
     * 吹哨报到 with a resident unit (驻区单位) beside a department: the unit's contact (a token carrying
     * {@code unit_id}) reports in for the unit, whose id is then the responder rated on close. Needs
     * {@code summonedUnitIds} in task-dispatch; task-dispatch knows units from {@code linkage.org.snapshots}.
     */
    @Test
    void aResidentUnitSummonedByAWhistleReportsInThroughItsContact() {
        Officer community = fixture.streets.get(0).communities().get(0);
        assertThat(ScenarioDistrict.claims(fixture.unit.token())).containsKey("unit_id");
        Map<String, Object> raise = Map.of("title", "雨季排水管网隐患", "description", "社区低洼处积水严重，需辖区单位协助疏通。",
                "category", "应急管理", "location", "第1街道第1社区南门",
                "summonedOrgIds", List.of(fixture.department.orgId()), "summonedUnitIds", List.of(fixture.unit.orgId()),
                "respondWithin", "PT30M");
        // the unit reaches task-dispatch from organization's snapshots: while it is not known there, the
        // raise is refused on summonedUnitIds[0]; anything else is the answer
        var raised = Eventually.await("the unit known to task-dispatch", Duration.ofSeconds(30),
                () -> api.post(community.token(), "/api/whistles", raise).expectBody(Map.class).returnResult(),
                result -> !(result.getStatus().value() == 400 && String.valueOf(result.getResponseBody()).contains("summonedUnitIds[")));
        assertThat(raised.getStatus().value()).as("raised: %s", raised.getResponseBody()).isEqualTo(201);
        String whistleId = (String) raised.getResponseBody().get("id");

        respond(fixture.department, whistleId, "民政局已安排人员到场");
        Map<String, Object> answered = respond(fixture.unit, whistleId, "我单位已派抢修队携带设备到场疏通");
        assertThat((List<Map<String, Object>>) answered.get("responses")).extracting(r -> r.get("responderId"))
                .as("a unit responds as the unit, not as the community its contact belongs to")
                .containsExactlyInAnyOrder(fixture.department.orgId(), fixture.unit.orgId());
        Map<String, Object> closed = close(community, whistleId, List.of(fixture.department.orgId(), fixture.unit.orgId()));

        assertThat(closed).containsEntry("state", "CLOSED");
        assertThat((List<Map<String, Object>>) closed.get("ratings")).extracting(r -> r.get("responderId"))
                .containsExactlyInAnyOrder(fixture.department.orgId(), fixture.unit.orgId());
    }

    // --- the task's steps

    private static String issueToAllStreets() {
        Instant now = Instant.now();
        Map<String, Object> issue = Map.of("title", "开展老旧小区消防安全排查", "body", "请各街道组织社区完成排查并反馈。",
                "category", "安全生产", "priority", "HIGH", "mode", "RELAY", "scope", "ALL_STREETS",
                "receiptDueAt", now.plus(Duration.ofHours(4)).toString(), "dueAt", now.plus(Duration.ofDays(3)).toString());
        Map<String, Object> task = api.post(fixture.district.token(), "/api/tasks", issue).expectStatus()
                .value(status -> assertThat(status).as("created, or still being fanned out").isIn(201, 202))
                .expectBody(Map.class).returnResult().getResponseBody();
        String taskId = (String) task.get("id");
        eventually(() -> api.get(fixture.district.token(), "/api/tasks/{id}", taskId).returnResult(Map.class), 200,
                body -> "OPEN".equals(body.get("state")));
        return taskId;
    }

    /** The street signs for its assignment and dispatches it to all its communities, the receipt due a little earlier. */
    private static void receiveAndDispatch(String taskId, Street street, Instant dueAt) {
        String streetAssignment = id(taskId, street.officer());
        receive(street.officer(), streetAssignment);
        Instant receiptDueAt = dueAt.minus(Duration.between(Instant.now(), dueAt).dividedBy(6));
        // 200 once the communities' assignments are written, 202 while they still are
        transition(street.officer().token(), streetAssignment, "dispatch", Map.of("all", true,
                "instructions", "重点排查电动自行车停放点", "receiptDueAt", receiptDueAt.toString(), "dueAt", dueAt.toString()),
                "DISPATCHED");
        Map<String, Object> dispatched = awaitAssignment(street.officer().token(), streetAssignment,
                view -> "DISPATCHED".equals(view.get("state")) && !Boolean.TRUE.equals(view.get("dispatching")));
        assertThat((List<String>) dispatched.get("childIds"))
                .containsExactlyInAnyOrderElementsOf(street.communities().stream().map(c -> id(taskId, c)).toList());
    }

    private static void receive(Officer officer, String assignmentId) {
        transition(officer.token(), assignmentId, "receive", Map.of(), "RECEIVED");
    }

    private static void report(Officer officer, String assignmentId, String summary) {
        transition(officer.token(), assignmentId, "report", Map.of("summary", summary), "REPORTED");
    }

    private static void approve(String reviewerToken, String assignmentId) {
        transition(reviewerToken, assignmentId, "approve", Map.of("comment", "同意"), "APPROVED");
    }

    /**
     * One step of an assignment, a 2xx expected. A 503 from the gateway (no answer within its time limit,
     * as on a loaded machine) leaves the client not knowing whether the step was taken: like a real
     * client it reads the assignment, and asks again only if the step was not taken.
     */
    private static void transition(String token, String assignmentId, String action, Object body, String after) {
        for (int attempt = 1; ; attempt++) {
            var result = api.post(token, "/api/assignments/{id}/" + action, body, assignmentId)
                    .expectBody(Map.class).returnResult();
            int status = result.getStatus().value();
            if (result.getStatus().is2xxSuccessful()) {
                return;
            }
            assertThat(status).as("%s %s: %s", action, assignmentId, result.getResponseBody()).isEqualTo(503);
            assertThat(attempt).as("%s %s: still 503 after %d attempts", action, assignmentId, attempt).isLessThan(3);
            System.out.printf("e2e: %s %s answered 503 (attempt %d)%n", action, assignmentId, attempt);
            Map<String, Object> view = awaitAssignment(token, assignmentId, any -> true);
            if (after.equals(view.get("state")) || Boolean.TRUE.equals(view.get("dispatching"))) {
                return;
            }
        }
    }

    private static Map<String, Object> assignment(String token, String assignmentId) {
        return api.get(token, "/api/assignments/{id}", assignmentId).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /**
     * Reads an assignment until it shows what events bring about. Right after the restart the service
     * may still be too busy to answer within the gateway's time limit (a 503): that is retried too.
     */
    private static Map<String, Object> awaitAssignment(String token, String assignmentId, Predicate<Map<String, Object>> done) {
        return eventually(AFTER_RESTART, () -> api.get(token, "/api/assignments/{id}", assignmentId).returnResult(Map.class),
                200, done);
    }

    private static String id(String taskId, Officer assignee) {
        return taskId + ":" + assignee.orgId();
    }

    private static List<String> supervised(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("assignmentId")).toList();
    }

    // --- the whistle's steps

    private static Map<String, Object> raise(Officer raiser, Map<String, Object> request) {
        return api.post(raiser.token(), "/api/whistles", request).expectStatus().isEqualTo(HttpStatus.CREATED)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private static Map<String, Object> respond(Officer responder, String whistleId, String message) {
        return api.post(responder.token(), "/api/whistles/{id}/responses", Map.of("message", message), whistleId)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Closed as resolved, every responder rated 5. */
    private static Map<String, Object> close(Officer raiser, String whistleId, List<String> responderIds) {
        List<Map<String, Object>> ratings = responderIds.stream()
                .map(responder -> Map.<String, Object>of("responderId", responder, "score", 5)).toList();
        return api.post(raiser.token(), "/api/whistles/{id}/close", Map.of("resolved", true,
                        "summary", "问题已解决，感谢各单位及时报到", "ratings", ratings), whistleId)
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    // --- the end state

    /** Each assignment read on its own: approved, in its place in the tree, flagged only where a deadline passed. */
    private static void assertFinalTree(String taskId, Officer returned, Officer late) {
        String lateId = id(taskId, late);
        String returnedId = id(taskId, returned);
        Parallel.each(fixture.streets, street -> {
            String streetId = id(taskId, street.officer());
            Map<String, Object> view = assignment(fixture.district.token(), streetId);
            assertThat(view).as(streetId).containsEntry("state", "APPROVED").containsEntry("role", "RELAY")
                    .containsEntry("tier", "STREET").containsEntry("approvedChildren", street.communities().size());
            assertThat(view.get("parentAssignmentId")).as("top level").isNull();
            assertThat((List<String>) view.get("flags")).as(streetId).isEmpty();
            assertThat((Map<String, Object>) view.get("report")).as("rolled up").containsEntry("rolledUp", true);
            for (Officer community : street.communities()) {
                String communityId = id(taskId, community);
                Map<String, Object> child = assignment(fixture.district.token(), communityId);
                assertThat(child).as(communityId).containsEntry("state", "APPROVED").containsEntry("tier", "COMMUNITY")
                        .containsEntry("parentAssignmentId", streetId).containsEntry("issuerOrgId", street.id());
                List<String> flags = (List<String>) child.get("flags");
                if (communityId.equals(lateId)) {
                    assertThat(flags).as(communityId).containsExactlyInAnyOrder("OVERDUE", "ESCALATED");
                    assertThat(child.get("escalatedToOrgId")).isEqualTo(fixture.district.orgId());
                } else {
                    assertThat(flags).as(communityId).isEmpty();
                }
                List<String> actions = ((List<Map<String, Object>>) child.get("history")).stream()
                        .map(entry -> (String) entry.get("action")).toList();
                if (communityId.equals(returnedId)) {
                    assertThat(actions).containsExactly("ISSUE", "RECEIVE", "REPORT", "RETURN", "RECEIVE", "REPORT", "APPROVE");
                    assertThat((List<Map<String, Object>>) child.get("history"))
                            .filteredOn(entry -> "RETURN".equals(entry.get("action")))
                            .singleElement().satisfies(entry -> assertThat(entry.get("note")).isEqualTo(RETURN_REASON));
                } else {
                    assertThat(actions).as(communityId).containsExactly("ISSUE", "RECEIVE", "REPORT", "APPROVE");
                }
            }
        });
    }

    /**
     * Everything about the task on {@code linkage.task.events}, keyed by the task id. The relay publishes
     * at least once, so a record may repeat after the crash with the same {@code ce_id}; what must not
     * repeat is the event itself: one distinct id per (type, assignment) for each step taken once.
     */
    private static void assertEventsOnTheWire(String taskId, Officer returned, Officer late) {
        String bootstrap = E2eStack.get().kafkaBootstrapServers();
        List<TopicRecords.Event> events = Eventually.await("closed on the wire", Eventually.DEFAULT_WAIT,
                () -> TopicRecords.read(bootstrap, TASK_EVENTS, e -> taskId.equals(e.key())
                        || (e.subject() != null && (e.subject().equals(taskId) || e.subject().startsWith(taskId + ":")))),
                found -> found.stream().anyMatch(e -> "TaskClosed".equals(e.shortType())));
        assertThat(events).as("keyed by the root task id, so the cascade stays in order")
                .allSatisfy(e -> assertThat(e.key()).as(e.type() + " " + e.subject()).isEqualTo(taskId));
        assertThat(events).allSatisfy(e -> assertThat(e.id()).as("ce_id of " + e.type()).isNotBlank());

        Map<String, Map<String, Set<String>>> idsByTypeAndSubject = new HashMap<>();
        for (TopicRecords.Event e : events) {
            idsByTypeAndSubject.computeIfAbsent(e.shortType(), type -> new HashMap<>())
                    .computeIfAbsent(e.subject(), subject -> new HashSet<>()).add(e.id());
        }
        long distinct = events.stream().map(TopicRecords.Event::id).distinct().count();
        System.out.printf("e2e: %d records about task %s on %s, %d distinct events (%d redelivered by the relay)%n",
                events.size(), taskId, TASK_EVENTS, distinct, events.size() - distinct);

        List<String> failures = new ArrayList<>();
        Counter count = (type, subject, expected) -> {
            int actual = idsByTypeAndSubject.getOrDefault(type, Map.of()).getOrDefault(subject, Set.of()).size();
            if (actual != expected) {
                failures.add(type + " of " + subject + ": " + actual + " distinct events, expected " + expected);
            }
        };
        count.expect("TaskIssued", taskId, 1);
        count.expect("TaskClosed", taskId, 1);
        count.expect("TaskCancelled", taskId, 0);
        for (Street street : fixture.streets) {
            String streetId = id(taskId, street.officer());
            count.expect("AssignmentIssued", streetId, 1);
            count.expect("AssignmentReceived", streetId, 1);
            count.expect("AssignmentDispatched", streetId, 1);
            count.expect("AssignmentReported", streetId, 1);
            count.expect("AssignmentApproved", streetId, 1);
            count.expect("AssignmentReturned", streetId, 0);
            count.expect("AssignmentOverdue", streetId, 0);
            for (Officer community : street.communities()) {
                String communityId = id(taskId, community);
                boolean isReturned = community == returned;
                boolean isLate = community == late;
                count.expect("AssignmentIssued", communityId, 1);
                count.expect("AssignmentReceived", communityId, isReturned ? 2 : 1);
                count.expect("AssignmentDispatched", communityId, 0);
                count.expect("AssignmentReported", communityId, isReturned ? 2 : 1);
                count.expect("AssignmentReturned", communityId, isReturned ? 1 : 0);
                count.expect("AssignmentApproved", communityId, 1);
                count.expect("AssignmentOverdue", communityId, isLate ? 1 : 0);
                count.expect("AssignmentEscalated", communityId, isLate ? 1 : 0);
                count.expect("AssignmentCancelled", communityId, 0);
            }
        }
        assertThat(failures).as("events per assignment on " + TASK_EVENTS).isEmpty();
        Map<String, Long> byType = events.stream().collect(Collectors.groupingBy(TopicRecords.Event::shortType,
                TreeMap::new, Collectors.mapping(TopicRecords.Event::id, Collectors.collectingAndThen(
                        Collectors.toSet(), ids -> (long) ids.size()))));
        System.out.println("e2e: distinct events by type: " + byType);
    }

    @FunctionalInterface
    private interface Counter {
        void expect(String type, String subject, int distinctEvents);
    }
}
