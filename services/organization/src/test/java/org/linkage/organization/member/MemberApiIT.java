package org.linkage.organization.member;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.organization.unit.TestTree;
import org.linkage.organization.unit.UnitRequests;
import org.linkage.organization.unit.UnitService;
import org.linkage.platform.test.KafkaWire;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.EventJson;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.org.MemberRegistered;
import org.linkage.platform.events.org.MemberReportedIn;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.test.WithRealStack;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member register and dual reporting (双报到) through the HTTP API, on the real broker and store.
 * Same context as {@code UnitApiIT}: a MOCK environment, because {@code mockJwt()} cannot mutate a
 * client bound to a running server.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@WithRealStack(database = "organization-units")
class MemberApiIT {

    private static final String REPORTED_IN = "linkage.org.MemberReportedIn.v1";

    @Autowired
    WebTestClient http;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    UnitService units;

    TestTree tree;
    JwtMutator officerA1;

    @BeforeEach
    void plantTree() {
        tree = TestTree.plant(mongo);
        officerA1 = tree.communityA1().officer();
    }

    @Test
    void aMemberIsRegisteredInTheirCommunityWithTheirWorkUnit() {
        String unitId = units.register(admin(), new UnitRequests.RegisterUnit("建外科技有限公司", UnitCategory.PRIVATE_ENTERPRISE,
                null, tree.communityA2().id(), List.of())).block().id();

        String id = register(officerA1, """
                {"name":"李明","gender":"MALE","phone":"13812341234","workUnitId":"%s","residenceCommunityId":"%s",\
                "gridId":"%s","inService":true}""".formatted(unitId, tree.communityA1().id(), tree.gridA1().id()));

        http.mutateWith(officerA1).get().uri("/api/members/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.phone").isEqualTo("13812341234")
                .jsonPath("$.workUnitName").isEqualTo("建外科技有限公司")
                .jsonPath("$.gridId").isEqualTo(tree.gridA1().id())
                .jsonPath("$.districtId").isEqualTo(tree.district().id())
                .jsonPath("$.inService").isEqualTo(true)
                .jsonPath("$.reportedIn").doesNotExist();
        ConsumerRecord<String, byte[]> registered = single("linkage.org.MemberRegistered.v1", id);
        assertThat(registered.key()).isEqualTo(tree.district().id());
        MemberRegistered body = EventJson.read(registered.value(), MemberRegistered.class);
        assertThat(body.orgId()).as("the residence community keeps the record").isEqualTo(tree.communityA1().id());
        assertThat(body.workUnitId()).isEqualTo(unitId);
    }

    @Test
    void reportingInTwiceToTheSameCommunityPutsOneEventOnTheWire() {
        String id = register(officerA1, member("张华", "13900002222", tree.gridA1().id()));

        for (int attempt = 0; attempt < 2; attempt++) {
            http.mutateWith(officerA1).post().uri("/api/members/{id}/report-in", id).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.reportedIn.communityId").isEqualTo(tree.communityA1().id())
                    .jsonPath("$.reportedIn.gridId").isEqualTo(tree.gridA1().id())
                    .jsonPath("$.version").isEqualTo(1);
        }

        List<ConsumerRecord<String, byte[]>> events = KafkaWire.events(Topics.ORG_EVENTS, REPORTED_IN, id, 2, Duration.ofSeconds(5));
        assertThat(events).as("the second report-in changed nothing").hasSize(1);
        ConsumerRecord<String, byte[]> event = events.get(0);
        assertThat(event.key()).isEqualTo(tree.district().id());
        assertThat(KafkaWire.header(event, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaWire.header(event, CloudEventHeaders.SOURCE)).isEqualTo("/linkage/organization");
        assertThat(KafkaWire.header(event, CloudEventHeaders.ID)).isNotBlank();
        MemberReportedIn body = EventJson.read(event.value(), MemberReportedIn.class);
        assertThat(body.communityId()).isEqualTo(tree.communityA1().id());
        assertThat(body.gridId()).isEqualTo(tree.gridA1().id());
        assertThat(body.districtId()).isEqualTo(tree.district().id());
    }

    @Test
    void reportingInElsewhereReplacesTheEarlierReport() {
        JwtMutator street = tree.streetA().officer();
        String id = register(street, member("赵强", null, null));
        reportIn(street, id, "{}").expectStatus().isOk();

        reportIn(street, id, "{\"communityId\":\"" + tree.communityA2().id() + "\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.reportedIn.communityId").isEqualTo(tree.communityA2().id());

        assertThat(KafkaWire.events(Topics.ORG_EVENTS, REPORTED_IN, id, 2, Duration.ofSeconds(20))).hasSize(2);
    }

    @Test
    void reportingInChecksTheCommunityItsGridAndTheCallersScope() {
        String id = register(officerA1, member("陈静", null, null));
        String memberOfB1 = register(tree.communityB1().officer(), member("周敏", null, null)
                .replace(tree.communityA1().id(), tree.communityB1().id()));

        expectProblem(reportIn(officerA1, id, "{\"communityId\":\"" + tree.streetA().id() + "\"}"), 400, "communityId");
        expectProblem(reportIn(officerA1, id, "{\"communityId\":\"org-missing\"}"), 400, "communityId");
        expectProblem(reportIn(tree.streetA().officer(), id,
                "{\"communityId\":\"" + tree.communityA2().id() + "\",\"gridId\":\"" + tree.gridA1().id() + "\"}"), 400, "gridId");
        expectProblem(reportIn(tree.streetA().officer(), id, "{\"communityId\":\"" + tree.communityB1().id() + "\"}"), 403, null);
        expectProblem(reportIn(officerA1, memberOfB1, "{}"), 403, null);
        expectProblem(reportIn(officerA1, "member-missing", "{}"), 404, null);

        assertThat(KafkaWire.events(Topics.ORG_EVENTS, REPORTED_IN, id, 1, Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void listsStayInScopeMaskPhonesAndFilterOnReportingIn() {
        String reported = register(officerA1, member("刘洋", "13812341234", null));
        String notYet = register(officerA1, member("孙丽", "13698765432", null));
        reportIn(officerA1, reported, "{}").expectStatus().isOk();

        http.mutateWith(officerA1).get().uri("/api/members?reported=true").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].id").isEqualTo(List.of(reported))
                .jsonPath("$.items[0].phone").isEqualTo("138****1234")
                .jsonPath("$.total").isEqualTo(1);
        http.mutateWith(tree.streetA().officer()).get().uri("/api/members?reported=false&communityId=" + tree.communityA1().id())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].id").isEqualTo(List.of(notYet))
                .jsonPath("$.items[0].phone").isEqualTo("136****5432");
        http.mutateWith(tree.communityA2().officer()).get().uri("/api/members").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);

        expectProblem(http.mutateWith(tree.communityA2().officer()).get().uri("/api/members/{id}", reported).exchange(), 404, null);
        expectProblem(http.mutateWith(officerA1).get().uri("/api/members?communityId=" + tree.communityB1().id()).exchange(), 403, null);
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsPersisted() {
        String valid = member("王磊", "13712345678", tree.gridA1().id());

        expectInvalid(valid.replace("\"王磊\"", "\" \""), "name");
        expectInvalid(valid.replace("13712345678", "12345"), "phone");
        expectInvalid(valid.replace(",\"inService\":true", ""), "inService");
        expectInvalid(valid.replace("\"inService\":true", "\"inService\":true,\"partyAge\":12"), "partyAge");
        expectInvalid(valid.replace(tree.gridA1().id(), tree.communityA2().id()), "gridId");
        expectInvalid(valid.replace("\"gridId\"", "\"workUnitId\":\"unit-missing\",\"gridId\""), "workUnitId");
        expectInvalid(valid.replace(tree.communityA1().id(), tree.streetA().id()), "residenceCommunityId");
        expectInvalid(valid.replace("\"MALE\"", "\"UNKNOWN\""), "gender");

        assertThat(mongo.count(Query.query(Criteria.where("districtId").is(tree.district().id())), Member.COLLECTION).block())
                .as("nothing persisted").isZero();
    }

    private String register(JwtMutator caller, String body) {
        return http.mutateWith(caller).post().uri("/api/members").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(MemberView.class).returnResult().getResponseBody().id();
    }

    /** A member living in community A1. */
    private String member(String name, String phone, String gridId) {
        return """
                {"name":"%s","gender":"MALE",%s"residenceCommunityId":"%s",%s"inService":true}""".formatted(name,
                phone == null ? "" : "\"phone\":\"" + phone + "\",", tree.communityA1().id(),
                gridId == null ? "" : "\"gridId\":\"" + gridId + "\",");
    }

    private WebTestClient.ResponseSpec reportIn(JwtMutator caller, String memberId, String body) {
        return http.mutateWith(caller).post().uri("/api/members/{id}/report-in", memberId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private void expectInvalid(String body, String field) {
        expectProblem(http.mutateWith(officerA1).post().uri("/api/members").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange(), 400, field);
    }

    private static void expectProblem(WebTestClient.ResponseSpec response, int status, String field) {
        WebTestClient.BodyContentSpec body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
        if (field != null) {
            body.jsonPath("$.errors[0].field").isEqualTo(field);
        }
    }

    private static ConsumerRecord<String, byte[]> single(String type, String subject) {
        List<ConsumerRecord<String, byte[]>> records = KafkaWire.events(Topics.ORG_EVENTS, type, subject, 1, Duration.ofSeconds(20));
        assertThat(records).as(type + " of " + subject).hasSize(1);
        return records.get(0);
    }

    private static LinkagePrincipal admin() {
        return new LinkagePrincipal("user-admin", "admin", null, List.of(), null, Set.of(LinkagePrincipal.ADMIN));
    }
}
