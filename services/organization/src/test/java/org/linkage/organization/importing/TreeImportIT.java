package org.linkage.organization.importing;

import org.junit.jupiter.api.Test;
import org.linkage.organization.org.Org;
import org.linkage.platform.test.Callers;
import org.linkage.platform.test.WithRealStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A whole district in one call: all of it, or none of it with every error named. */
@SuppressWarnings("unchecked")
@SpringBootTest
@AutoConfigureWebTestClient
@WithRealStack(database = "organization-import")
class TreeImportIT {

    @Autowired
    WebTestClient http;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aDistrictWithItsStreetsCommunitiesAndDepartmentsImportsInOneCall() {
        String p = prefix();
        List<Map<String, String>> nodes = district(p, 10, 10);

        Map<String, Object> result = http.mutateWith(Callers.admin()).post().uri("/api/orgs/import").bodyValue(Map.of("nodes", nodes))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(result.get("state")).isEqualTo("DONE");
        assertThat(result.get("organisations")).isEqualTo(nodes.size());
        Org district = mongo.findOne(Query.query(Criteria.where("code").is(p + "-d")), Org.class, Org.COLLECTION).block();
        http.mutateWith(Callers.admin()).get().uri("/api/orgs/{id}/subtree?tier=COMMUNITY&size=5", district.id()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(100);
        assertThat(mongo.count(Query.query(Criteria.where("pendingIntentId").exists(true)), Org.COLLECTION).block())
                .as("no organisation left PENDING").isZero();
    }

    @Test
    void everyErrorIsReportedAndNothingIsWritten() {
        String p = prefix();
        List<Map<String, String>> nodes = new ArrayList<>(district(p, 2, 2));
        nodes.add(node(p + "-s0", "重复街道", "STREET", null, p + "-d"));
        nodes.add(node(p + "-bad", "越级社区", "COMMUNITY", null, p + "-d"));
        nodes.add(node(p + "-orphan", "孤儿社区", "COMMUNITY", null, p + "-nowhere"));
        nodes.add(node(p + "-x", "", "PLANET", null, p + "-d"));
        long before = count();

        http.mutateWith(Callers.admin()).post().uri("/api/orgs/import").bodyValue(Map.of("nodes", nodes))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields).contains(
                        "nodes[" + (nodes.size() - 4) + "].code",
                        "nodes[" + (nodes.size() - 3) + "].parentCode",
                        "nodes[" + (nodes.size() - 2) + "].parentCode",
                        "nodes[" + (nodes.size() - 1) + "].name",
                        "nodes[" + (nodes.size() - 1) + "].tier"));

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void csvImportsAndNamesTheFileLineOfAnError() {
        String p = prefix();
        String csv = "code,name,tier,parentCode\n"
                + p + "-d,\"示范区, 东城\",DISTRICT,\n"
                + p + "-s,示范街道,STREET," + p + "-d\n"
                + p + "-c,示范社区,COMMUNITY," + p + "-s\n";

        http.mutateWith(Callers.admin()).post().uri("/api/orgs/import").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv).exchange().expectStatus().isCreated();
        assertThat(mongo.findOne(Query.query(Criteria.where("code").is(p + "-d")), Org.class, Org.COLLECTION).block().name())
                .isEqualTo("示范区, 东城");

        http.mutateWith(Callers.admin()).post().uri("/api/orgs/import").contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue("code,name,tier,parentCode\n" + p + "-c2,社区,COMMUNITY," + p + "-d\n").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("line[2].parentCode");
    }

    @Test
    void aDistrictOfficerImportsOnlyInsideItsDistrict() {
        String p = prefix();
        http.mutateWith(Callers.admin()).post().uri("/api/orgs/import").bodyValue(Map.of("nodes", district(p, 1, 1)))
                .exchange().expectStatus().isCreated();
        String q = prefix();
        http.mutateWith(Callers.admin()).post().uri("/api/orgs/import").bodyValue(Map.of("nodes", district(q, 1, 1)))
                .exchange().expectStatus().isCreated();
        Org mine = mongo.findOne(Query.query(Criteria.where("code").is(p + "-d")), Org.class, Org.COLLECTION).block();
        var officer = Callers.officer("DISTRICT_OFFICER", mine.id(), List.of());

        http.mutateWith(officer).post().uri("/api/orgs/import")
                .bodyValue(Map.of("nodes", List.of(node(p + "-s9", "新街道", "STREET", null, p + "-d")))).exchange()
                .expectStatus().isCreated();
        http.mutateWith(officer).post().uri("/api/orgs/import")
                .bodyValue(Map.of("nodes", List.of(node(q + "-s9", "别区街道", "STREET", null, q + "-d")))).exchange()
                .expectStatus().isForbidden();
        http.mutateWith(Callers.officer("STREET_OFFICER", "any", List.of(mine.id()))).post().uri("/api/orgs/import")
                .bodyValue(Map.of("nodes", List.of(node(p + "-s8", "街道", "STREET", null, p + "-d")))).exchange()
                .expectStatus().isForbidden();
    }

    /** A district with 3 departments, {@code streets} streets of {@code communities} communities, one grid. */
    static List<Map<String, String>> district(String p, int streets, int communities) {
        List<Map<String, String>> nodes = new ArrayList<>();
        nodes.add(node(p + "-d", "示范区", "DISTRICT", null, null));
        for (String department : List.of("民政局", "城管委", "卫健委")) {
            nodes.add(node(p + "-dept-" + nodes.size(), department, "DISTRICT", "DEPARTMENT", p + "-d"));
        }
        for (int s = 0; s < streets; s++) {
            nodes.add(node(p + "-s" + s, "第" + s + "街道", "STREET", null, p + "-d"));
            for (int c = 0; c < communities; c++) {
                nodes.add(node(p + "-s" + s + "-c" + c, "第" + s + "街道第" + c + "社区", "COMMUNITY", null, p + "-s" + s));
            }
        }
        nodes.add(node(p + "-g", "第一网格", "GRID", null, p + "-s0-c0"));
        return nodes;
    }

    static Map<String, String> node(String code, String name, String tier, String kind, String parentCode) {
        Map<String, String> node = new java.util.HashMap<>(Map.of("code", code, "name", name, "tier", tier));
        if (kind != null) {
            node.put("kind", kind);
        }
        if (parentCode != null) {
            node.put("parentCode", parentCode);
        }
        return node;
    }

    private long count() {
        return mongo.count(new Query(), Org.COLLECTION).block();
    }

    private static String prefix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
