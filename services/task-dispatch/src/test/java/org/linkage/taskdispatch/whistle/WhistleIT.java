package org.linkage.taskdispatch.whistle;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.org.UnitDirectory;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.taskdispatch.support.TestTree.TestUnit;
import org.linkage.platform.test.Callers;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.linkage.taskdispatch.support.TestTree.TestOrg;
import org.linkage.platform.test.KafkaWire;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 吹哨报到: a community summons departments, they report in, the silent one goes overdue, the raiser closes and rates. */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class WhistleIT {

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
    WhistleDeadline deadline;
    @Autowired
    UnitDirectory units;

    TaskApi api;
    TestTree tree;
    TestOrg housing;
    TestOrg urbanManagement;
    TestOrg education;

    @BeforeEach
    void district() {
        api = new TaskApi(http);
        tree = new TestTree(publisher, outbox, directory, 2, 1);
        housing = tree.department("housing", "区住建委");
        urbanManagement = tree.department("urban", "区城管委");
        education = tree.department("edu", "区教委");
    }

    @Test
    void summonedDepartmentsReportInTheSilentOneGoesOverdueAndTheRaiserClosesWithRatings() {
        var community = tree.community(0, 0).officer();
        Map<String, Object> raised = raise(community, whistle(housing.id(), urbanManagement.id()))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String id = (String) raised.get("id");
        assertThat(raised.get("state")).isEqualTo("OPEN");
        assertThat((List<String>) raised.get("unanswered")).containsExactly(housing.id(), urbanManagement.id());
        Instant dueAt = Instant.parse((String) raised.get("respondDueAt"));
        assertThat(dueAt).isAfter(Instant.now().plusSeconds(9 * 60));

        api.post(officer(education), "/api/whistles/{id}/responses", Map.of("message", "我委不在召集之列"), id)
                .expectStatus().isForbidden();
        api.post(tree.street(0).officer(), "/api/whistles/{id}/responses", Map.of("message", "收到"), id)
                .expectStatus().isForbidden();
        api.post(officer(housing), "/api/whistles/{id}/responses", Map.of("message", " "), id)
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("message");
        api.post(officer(housing), "/api/whistles/{id}/responses", Map.of("message", "已派执法队员30分钟内到场"), id)
                .expectStatus().isOk().expectBody().jsonPath("$.responses[0].responderId").isEqualTo(housing.id());
        api.post(officer(housing), "/api/whistles/{id}/responses", Map.of("message", "再次报到"), id)
                .expectStatus().isEqualTo(409);

        http.mutateWith(tree.community(0, 1).officer()).get().uri("/api/whistles/{id}", id).exchange()
                .expectStatus().isNotFound();
        assertThat(api.get(officer(housing), "/api/whistles/{id}", id).get("id")).isEqualTo(id);
        assertThat(api.getList(tree.street(0).officer(), "/api/whistles?orgId={org}", tree.community(0, 0).id()))
                .extracting(w -> w.get("id")).containsExactly(id);
        assertThat(api.getList(officer(urbanManagement), "/api/whistles")).extracting(w -> w.get("id")).containsExactly(id);
        http.mutateWith(tree.street(1).officer()).get().uri("/api/whistles?orgId={org}", tree.community(0, 0).id())
                .exchange().expectStatus().isNotFound();

        deadline.fire(id, dueAt).block();
        Map<String, Object> overdue = api.get(community, "/api/whistles/{id}", id);
        assertThat(overdue.get("overdue")).isEqualTo(true);
        assertThat((List<String>) overdue.get("unanswered")).containsExactly(urbanManagement.id());
        deadline.fire(id, dueAt).block();
        assertThat(api.get(community, "/api/whistles/{id}", id).get("version")).isEqualTo(overdue.get("version"));

        Map<String, Object> close = Map.of("resolved", true, "summary", "违建已拆除，通道恢复畅通",
                "ratings", List.of(Map.of("responderId", housing.id(), "score", 5, "comment", "到场及时")));
        api.post(tree.street(0).officer(), "/api/whistles/{id}/close", close, id).expectStatus().isForbidden();
        api.post(community, "/api/whistles/{id}/close", Map.of("resolved", true, "summary", "已解决",
                        "ratings", List.of(Map.of("responderId", urbanManagement.id(), "score", 1))), id)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ratings[0].responderId");
        api.post(community, "/api/whistles/{id}/close", Map.of("resolved", true, "summary", "已解决",
                        "ratings", List.of(Map.of("responderId", housing.id(), "score", 6))), id)
                .expectStatus().isBadRequest();
        api.post(community, "/api/whistles/{id}/close", close, id).expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("CLOSED").jsonPath("$.ratings[0].score").isEqualTo(5);
        api.post(community, "/api/whistles/{id}/close", close, id).expectStatus().isEqualTo(409);

        assertThat(KafkaWire.records(Topics.TASK_EVENTS, record -> id.equals(record.key()), 4))
                .extracting(record -> KafkaWire.header(record, CloudEventHeaders.TYPE))
                .containsExactly("linkage.task.WhistleRaised.v1", "linkage.task.WhistleResponded.v1",
                        "linkage.task.WhistleOverdue.v1", "linkage.task.WhistleClosed.v1");
    }

    @Test
    void aSummonedResidentUnitReportsInThroughItsContactAndIsRated() {
        var community = tree.community(0, 0).officer();
        TestUnit school = tree.unit("school", "实验小学", UnitCategory.SCHOOL, tree.community(0, 0), units);
        TestUnit company = tree.unit("firm", "华信科技有限公司", UnitCategory.PRIVATE_ENTERPRISE, tree.community(0, 1), units);
        Map<String, Object> body = whistle(housing.id());
        body.put("summonedUnitIds", List.of(school.id()));
        Map<String, Object> raised = raise(community, body).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        String id = (String) raised.get("id");
        assertThat((List<String>) raised.get("summonedUnitIds")).containsExactly(school.id());
        assertThat((List<String>) raised.get("unanswered")).containsExactly(housing.id(), school.id());

        api.post(company.contact(), "/api/whistles/{id}/responses", Map.of("message", "我单位可以协助"), id)
                .expectStatus().isForbidden();
        assertThat(api.getList(school.contact(), "/api/whistles")).extracting(w -> w.get("id")).contains(id);
        api.post(school.contact(), "/api/whistles/{id}/responses", Map.of("message", "学校安排3名党员志愿者到场"), id)
                .expectStatus().isOk().expectBody().jsonPath("$.responses[0].responderId").isEqualTo(school.id());
        api.post(school.contact(), "/api/whistles/{id}/responses", Map.of("message", "再次报到"), id)
                .expectStatus().isEqualTo(409);

        api.post(community, "/api/whistles/{id}/close", Map.of("resolved", true, "summary", "通道已清理",
                        "ratings", List.of(Map.of("responderId", school.id(), "score", 5))), id)
                .expectStatus().isOk().expectBody().jsonPath("$.unanswered[0]").isEqualTo(housing.id());
        assertThat(KafkaWire.records(Topics.TASK_EVENTS, record -> id.equals(record.key()), 3))
                .extracting(record -> KafkaWire.header(record, CloudEventHeaders.TYPE))
                .containsExactly("linkage.task.WhistleRaised.v1", "linkage.task.WhistleResponded.v1",
                        "linkage.task.WhistleClosed.v1");
    }

    @Test
    void badInputIsA400NamingEachFieldAndOnlyStreetsCommunitiesAndGridsRaiseAndNothingIsPersisted() {
        var community = tree.community(0, 0).officer();
        Map<String, Object> blank = whistle();
        blank.put("title", " ");
        expectInvalid(community, blank, "title", "anyoneSummoned");
        expectInvalid(community, whistle(tree.street(0).id(), "org-unknown", housing.id()),
                "summonedOrgIds[0]", "summonedOrgIds[1]");
        Map<String, Object> unknownUnit = whistle();
        unknownUnit.put("summonedUnitIds", List.of("unit-unknown"));
        expectInvalid(community, unknownUnit, "summonedUnitIds[0]");
        Map<String, Object> instant = whistle(housing.id());
        instant.put("respondWithin", "PT0S");
        expectInvalid(community, instant, "respondWithin");
        raise(tree.district().officer(), whistle(housing.id())).expectStatus().isForbidden();
        raise(officer(housing), whistle(urbanManagement.id())).expectStatus().isForbidden();

        Query ours = Query.query(new Criteria().orOperator(Criteria.where("raisedByOrgId").is(tree.community(0, 0).id()),
                Criteria.where("raisedByOrgId").is(tree.district().id()), Criteria.where("raisedByOrgId").is(housing.id())));
        assertThat(mongo.count(ours, Whistle.COLLECTION).block()).isZero();
    }

    private void expectInvalid(JwtMutator caller, Map<String, Object> body, String... fields) {
        var problem = raise(caller, body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
        for (String field : fields) {
            problem = problem.jsonPath("$.errors[?(@.field == '" + field + "')]").exists();
        }
    }

    private WebTestClient.ResponseSpec raise(JwtMutator caller, Map<String, Object> body) {
        return http.mutateWith(caller).post().uri("/api/whistles").bodyValue(body).exchange();
    }

    private static Map<String, Object> whistle(String... summoned) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "小区消防通道被违建占用");
        body.put("description", "3号楼北侧消防通道被临时违建占用，社区多次劝导无果，需住建、城管到场处置。");
        body.put("location", "幸福里小区3号楼北侧");
        body.put("summonedOrgIds", List.of(summoned));
        body.put("respondWithin", "PT10M");
        return body;
    }

    private static JwtMutator officer(TestOrg department) {
        return department.officer();
    }
}
