package org.linkage.organization.unit;

import org.linkage.platform.test.KafkaWire;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.EventJson;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.events.org.UnitRegistered;
import org.linkage.platform.events.org.UnitSnapshot;
import org.linkage.platform.events.org.UnitUnregistered;
import org.linkage.platform.test.WithRealStack;
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
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unit register through the HTTP API, on the real broker and store. The client is bound to the
 * application context (MOCK environment) because {@code mockJwt()} cannot mutate a client bound to a
 * running server.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@WithRealStack(database = "organization-units")
class UnitApiIT {

    private static final Duration WIRE_WAIT = Duration.ofSeconds(20);

    @Autowired
    WebTestClient http;
    @Autowired
    ReactiveMongoTemplate mongo;

    TestTree tree;

    @BeforeEach
    void plantTree() {
        tree = TestTree.plant(mongo);
    }

    @Test
    void aCommunityOfficerRegistersListsAndUnregistersAUnitOfItsCommunity() {
        JwtMutator officer = tree.communityA1().officer();

        String id = register(officer, tree.communityA1().id(), "北京市朝阳区建外第一小学", "SCHOOL");
        http.mutateWith(officer).get().uri("/api/units/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("北京市朝阳区建外第一小学")
                .jsonPath("$.category").isEqualTo("SCHOOL")
                .jsonPath("$.orgId").isEqualTo(tree.communityA1().id())
                .jsonPath("$.districtId").isEqualTo(tree.district().id())
                .jsonPath("$.contacts[0].phone").isEqualTo("13800001111")
                .jsonPath("$.retired").isEqualTo(false)
                .jsonPath("$.outbox").doesNotExist();
        assertThat(listedIds(officer, "")).containsExactly(id);
        assertThat(listedIds(tree.streetA().officer(), "?orgId=" + tree.streetA().id()))
                .as("a street sees the units of its communities").containsExactly(id);

        http.mutateWith(officer).post().uri("/api/units/{id}/unregister", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"reason\":\"迁出本区\"}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.retired").isEqualTo(true)
                .jsonPath("$.unregisterReason").isEqualTo("迁出本区")
                .jsonPath("$.version").isEqualTo(1);
        assertThat(listedIds(officer, "")).as("unregistered units leave the list").isEmpty();
    }

    @Test
    void listsAreFilteredByCategoryAndPaged() {
        JwtMutator district = tree.district().officer();
        String school = register(district, tree.communityA1().id(), "建外中学", "SCHOOL");
        String firm = register(district, tree.communityA2().id(), "永安科技有限公司", "PRIVATE_ENTERPRISE");
        String ngo = register(district, tree.streetB().id(), "呼家楼志愿者协会", "SOCIAL_ORGANIZATION");

        assertThat(listedIds(district, "?orgId=" + tree.district().id())).containsExactly(school, firm, ngo);
        assertThat(listedIds(district, "?orgId=" + tree.streetA().id())).containsExactly(school, firm);
        assertThat(listedIds(district, "?category=SCHOOL")).containsExactly(school);
        http.mutateWith(district).get().uri("/api/units?size=2&page=1").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].id").isEqualTo(List.of(ngo))
                .jsonPath("$.page").isEqualTo(1)
                .jsonPath("$.size").isEqualTo(2)
                .jsonPath("$.total").isEqualTo(3);

        expectProblem(http.mutateWith(district).get().uri("/api/units?category=BANK").exchange(), 400, "category");
        expectProblem(http.mutateWith(district).get().uri("/api/units?size=0").exchange(), 400, "size");
        expectProblem(http.mutateWith(district).get().uri("/api/units?orgId=org-missing").exchange(), 400, "orgId");
    }

    @Test
    void anOfficerOfOneCommunityCannotTouchAnothersUnits() {
        JwtMutator officerA1 = tree.communityA1().officer();
        String unitOfB1 = register(tree.communityB1().officer(), tree.communityB1().id(), "关东店商贸公司", "PRIVATE_ENTERPRISE");

        expectProblem(http.mutateWith(officerA1).post().uri("/api/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(registration(tree.communityB1().id(), "越界登记单位", "OTHER")).exchange(), 403, null);
        expectProblem(http.mutateWith(officerA1).get().uri("/api/units/{id}", unitOfB1).exchange(), 404, null);
        expectProblem(http.mutateWith(officerA1).get().uri("/api/units?orgId=" + tree.communityB1().id()).exchange(), 403, null);
        expectProblem(http.mutateWith(officerA1).post().uri("/api/units/{id}/unregister", unitOfB1)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reason\":\"越权\"}").exchange(), 403, null);

        assertThat(unitsIn(tree.communityB1().id())).as("only B1's own unit, still registered").isEqualTo(1);
        assertThat(mongo.findById(unitOfB1, Unit.class, Unit.COLLECTION).block().retired()).isFalse();
    }

    @Test
    void aMemberMayReadTheRegisterButNotChangeIt() {
        String id = register(tree.communityA1().officer(), tree.communityA1().id(), "建外社区卫生服务站", "PUBLIC_INSTITUTION");
        JwtMutator member = tree.communityA1().caller("MEMBER");

        http.mutateWith(member).get().uri("/api/units/{id}", id).exchange().expectStatus().isOk();
        expectProblem(http.mutateWith(member).post().uri("/api/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(registration(tree.communityA1().id(), "擅自登记单位", "OTHER")).exchange(), 403, null);
        assertThat(unitsIn(tree.district().id())).isEqualTo(1);
    }

    @Test
    void onlyAnExistingStreetOrCommunityTakesRegistrations() {
        JwtMutator district = tree.district().officer();

        for (String orgId : List.of(tree.district().id(), tree.gridA1().id(), "org-missing")) {
            expectProblem(http.mutateWith(district).post().uri("/api/units").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(registration(orgId, "某单位", "OTHER")).exchange(), 400, "orgId");
        }
        assertThat(unitsIn(tree.district().id())).isZero();
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsPersisted() {
        String orgId = tree.communityA1().id();
        String valid = registration(orgId, "建外小学", "SCHOOL");

        expectInvalid(valid.replace("\"建外小学\"", "\"  \""), "name");
        expectInvalid(valid.replace("\"建外小学\"", "\"" + "长".repeat(UnitRequests.MAX_NAME_LENGTH + 1) + "\""), "name");
        expectInvalid(valid.replace("\"SCHOOL\"", "\"BANK\""), "category");
        expectInvalid("{\"colour\":\"red\"," + valid.substring(1), "colour");
        expectInvalid(valid.replace("\"creditCode\":\"91110105MA01ABCD1X\"", "\"creditCode\":\"91110105MA01ABCDIX\""), "creditCode");
        expectInvalid(valid.replace("13800001111", "1380000"), "contacts[0].phone");
        expectInvalid(valid.replace("\"orgId\":\"" + orgId + "\",", ""), "orgId");
        expectProblem(http.mutateWith(tree.communityA1().officer()).post().uri("/api/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\": \"建外小学\", ").exchange(), 400, null);

        assertThat(unitsIn(tree.district().id())).as("nothing persisted").isZero();
    }

    @Test
    void everyChangeGoesOnTheWireAsCloudEventsKeyedByDistrictAndByUnit() {
        JwtMutator officer = tree.communityA1().officer();
        String id = register(officer, tree.communityA1().id(), "建外街道党群服务中心", "GOVERNMENT_AGENCY");

        ConsumerRecord<String, byte[]> registered = single(Topics.ORG_EVENTS, "linkage.org.UnitRegistered.v1", id);
        assertThat(registered.key()).isEqualTo(tree.district().id());
        assertCloudEvent(registered, id);
        UnitRegistered body = EventJson.read(registered.value(), UnitRegistered.class);
        assertThat(body.orgId()).isEqualTo(tree.communityA1().id());
        assertThat(body.category()).isEqualTo(UnitCategory.GOVERNMENT_AGENCY);
        assertThat(body.creditCode()).isEqualTo("91110105MA01ABCD1X");
        assertThat(body.registeredBy()).isEqualTo("user-community_officer-" + tree.communityA1().id());

        ConsumerRecord<String, byte[]> firstSnapshot = single(Topics.ORG_SNAPSHOTS, "linkage.org.UnitSnapshot.v1", id);
        assertThat(firstSnapshot.key()).as("snapshots are compacted per unit").isEqualTo(id);
        assertThat(EventJson.read(firstSnapshot.value(), UnitSnapshot.class).version()).isZero();

        for (int attempt = 0; attempt < 2; attempt++) {
            http.mutateWith(officer).post().uri("/api/units/{id}/unregister", id).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"reason\":\"单位撤销\"}").exchange().expectStatus().isOk();
        }

        ConsumerRecord<String, byte[]> unregistered = single(Topics.ORG_EVENTS, "linkage.org.UnitUnregistered.v1", id);
        assertThat(unregistered.key()).isEqualTo(tree.district().id());
        assertCloudEvent(unregistered, id);
        assertThat(EventJson.read(unregistered.value(), UnitUnregistered.class).reason()).isEqualTo("单位撤销");
        List<ConsumerRecord<String, byte[]>> snapshots = KafkaWire.events(Topics.ORG_SNAPSHOTS, "linkage.org.UnitSnapshot.v1", id, 3,
                Duration.ofSeconds(3));
        assertThat(snapshots).as("one snapshot per change; the repeated unregister changed nothing").hasSize(2);
        UnitSnapshot latest = EventJson.read(snapshots.get(1).value(), UnitSnapshot.class);
        assertThat(latest.retired()).isTrue();
        assertThat(latest.version()).isEqualTo(1);

        Document stored = mongo.findById(id, Document.class, Unit.COLLECTION).block();
        assertThat(stored.getList("outbox", Document.class)).as("published events leave the outbox").isEmpty();
    }

    private String register(JwtMutator caller, String orgId, String name, String category) {
        return http.mutateWith(caller).post().uri("/api/units").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(registration(orgId, name, category)).exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/units/unit-"))
                .expectBody(UnitView.class).returnResult().getResponseBody().id();
    }

    private static String registration(String orgId, String name, String category) {
        return """
                {"name":"%s","category":"%s","creditCode":"91110105MA01ABCD1X","orgId":"%s",\
                "contacts":[{"name":"王芳","phone":"13800001111","role":"党建联络员"}]}""".formatted(name, category, orgId);
    }

    private List<String> listedIds(JwtMutator caller, String query) {
        return http.mutateWith(caller).get().uri("/api/units" + query).exchange()
                .expectStatus().isOk()
                .expectBody(ListedUnits.class).returnResult().getResponseBody()
                .items().stream().map(UnitView::id).toList();
    }

    private record ListedUnits(List<UnitView> items, int page, int size, long total) {
    }

    private void expectInvalid(String body, String field) {
        expectProblem(http.mutateWith(tree.communityA1().officer()).post().uri("/api/units")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange(), 400, field);
    }

    /** @param field the field the problem must name first, or null when none is expected */
    private static void expectProblem(WebTestClient.ResponseSpec response, int status, String field) {
        WebTestClient.BodyContentSpec body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
        if (field != null) {
            body.jsonPath("$.errors[0].field").isEqualTo(field);
        }
    }

    private long unitsIn(String orgId) {
        return mongo.count(Query.query(Criteria.where("orgPath").is(orgId)), Unit.COLLECTION).block();
    }

    private static ConsumerRecord<String, byte[]> single(String topic, String type, String subject) {
        List<ConsumerRecord<String, byte[]>> records = KafkaWire.events(topic, type, subject, 1, WIRE_WAIT);
        assertThat(records).as(type + " of " + subject).hasSize(1);
        return records.get(0);
    }

    private static void assertCloudEvent(ConsumerRecord<String, byte[]> record, String subject) {
        assertThat(KafkaWire.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaWire.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaWire.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/linkage/organization");
        assertThat(KafkaWire.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(subject);
        assertThat(Instant.parse(KafkaWire.header(record, CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
        assertThat(KafkaWire.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }
}
