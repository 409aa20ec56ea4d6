package org.linkage.organization.org;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.test.Callers;
import org.linkage.organization.support.OrgFixture;
import org.linkage.platform.test.WithRealStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkage.organization.support.OrgFixture.id;
import static org.linkage.organization.support.OrgFixture.path;

/** The tree rules, through the HTTP API, on the real broker and store. */
@SuppressWarnings("unchecked")
@SpringBootTest
@AutoConfigureWebTestClient
@WithRealStack(database = "organization-tree")
class OrgTreeIT {

    @Autowired
    WebTestClient http;
    @Autowired
    ReactiveMongoTemplate mongo;

    OrgFixture tree;
    Map<String, Object> district;
    Map<String, Object> streetA;
    Map<String, Object> streetB;
    Map<String, Object> community;

    @BeforeEach
    void tree() {
        tree = new OrgFixture(http);
        district = tree.create("d", "朝阳区", "DISTRICT", null);
        streetA = tree.create("s-a", "建外街道", "STREET", id(district));
        streetB = tree.create("s-b", "呼家楼街道", "STREET", id(district));
        community = tree.create("c-a1", "建外社区", "COMMUNITY", id(streetA));
    }

    @Test
    void aChildCarriesItsAncestryAndDistrict() {
        Map<String, Object> grid = tree.create("g-a1", "第一网格", "GRID", id(community));

        assertThat(path(grid)).containsExactly(id(district), id(streetA), id(community));
        assertThat(grid.get("districtId")).isEqualTo(id(district));
        assertThat(grid.get("state")).isEqualTo("ACTIVE");
        assertThat(community.get("kind")).isEqualTo("COMMUNITY");
    }

    @Test
    void aTierMustBeExactlyOneBelowItsParent() {
        long before = count();

        http.mutateWith(Callers.admin()).post().uri("/api/orgs")
                .bodyValue(Map.of("code", tree.code("bad"), "name", "越级社区", "tier", "COMMUNITY", "parentId", id(district)))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId");

        assertThat(count()).as("nothing persisted").isEqualTo(before);
    }

    @Test
    void badInputIsA400NamingTheFieldAndNothingIsPersisted() {
        long before = count();
        String tooLong = "长".repeat(OrgRules.MAX_NAME_LENGTH + 1);

        expectInvalid(Map.of("code", tree.code("x"), "name", tooLong, "tier", "STREET", "parentId", id(district)), "name");
        expectInvalid(Map.of("code", tree.code("x"), "name", "街道", "tier", "STREET", "parentId", "org-missing"), "parentId");
        expectInvalid(Map.of("code", "bad code!", "name", "街道", "tier", "STREET", "parentId", id(district)), "code");
        expectInvalid(Map.of("code", tree.code("x"), "name", "街道", "tier", "TOWNSHIP", "parentId", id(district)), "tier");
        expectInvalid(Map.of("code", tree.code("x"), "name", "街道", "tier", "STREET", "parentId", id(district), "colour", "red"), "colour");
        expectInvalid(Map.of("code", tree.code("x"), "name", "街道", "tier", "STREET", "kind", "VILLAGE", "parentId", id(district)), "kind");
        http.mutateWith(Callers.admin()).post().uri("/api/orgs").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"code\": \"x\", ").exchange()
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeIsAConflictNamingTheCode() {
        http.mutateWith(Callers.admin()).post().uri("/api/orgs")
                .bodyValue(Map.of("code", tree.code("s-a"), "name", "重复", "tier", "STREET", "parentId", id(district)))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
    }

    @Test
    void aStreetOfficerWritesOnlyInsideItsStreet() {
        var officer = Callers.officer("STREET_OFFICER", id(streetA), List.of(id(district)));

        http.mutateWith(officer).post().uri("/api/orgs")
                .bodyValue(Map.of("code", tree.code("c-a2"), "name", "新社区", "tier", "COMMUNITY", "parentId", id(streetA)))
                .exchange().expectStatus().isCreated();
        http.mutateWith(officer).post().uri("/api/orgs")
                .bodyValue(Map.of("code", tree.code("c-b9"), "name", "别人的社区", "tier", "COMMUNITY", "parentId", id(streetB)))
                .exchange().expectStatus().isForbidden();
        http.mutateWith(officer).post().uri("/api/orgs")
                .bodyValue(Map.of("code", tree.code("s-c"), "name", "兄弟街道", "tier", "STREET", "parentId", id(district)))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aCommunityCannotReadAnotherCommunityButSeesItsAncestorsNames() {
        Map<String, Object> other = tree.create("c-b1", "团结湖社区", "COMMUNITY", id(streetB));
        var officer = Callers.officer("COMMUNITY_OFFICER", id(community), List.of(id(district), id(streetA)));

        http.mutateWith(officer).get().uri("/api/orgs/{id}", id(other)).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        http.mutateWith(officer).get().uri("/api/orgs/{id}/children", id(streetB)).exchange().expectStatus().isNotFound();
        http.mutateWith(officer).get().uri("/api/orgs/{id}", id(streetA)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("建外街道").jsonPath("$.path").doesNotExist();
        http.mutateWith(officer).get().uri("/api/orgs?q=社区").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].id").value(ids -> assertThat((List<Object>) ids).containsExactly(id(community)));
    }

    @Test
    void retiringIsRefusedWhileChildrenAreOpen() {
        Map<String, Object> grid = tree.create("g-r", "待撤网格", "GRID", id(community));

        http.mutateWith(Callers.admin()).post().uri("/api/orgs/{id}/retire", id(community)).exchange()
                .expectStatus().isEqualTo(409);
        http.mutateWith(Callers.admin()).post().uri("/api/orgs/{id}/retire", id(grid))
                .bodyValue(Map.of("reason", "网格调整")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("RETIRED");
        http.mutateWith(Callers.admin()).post().uri("/api/orgs/{id}/retire", id(community)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aMoveCarriesTheWholeSubtree() {
        Map<String, Object> grid = tree.create("g-m", "随迁网格", "GRID", id(community));
        String unitId = (String) http.mutateWith(Callers.admin()).post().uri("/api/units")
                .bodyValue(Map.of("name", "随迁学校", "category", "SCHOOL", "orgId", id(community)))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");

        http.mutateWith(Callers.admin()).post().uri("/api/orgs/{id}/move", id(community))
                .bodyValue(Map.of("newParentId", id(streetB))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("DONE");

        http.mutateWith(Callers.admin()).get().uri("/api/orgs/{id}", id(grid)).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").value(p -> assertThat((List<Object>) p).containsExactly(id(district), id(streetB), id(community)))
                .jsonPath("$.state").isEqualTo("ACTIVE");
        http.mutateWith(Callers.admin()).get().uri("/api/orgs/{id}/children", id(streetA)).exchange()
                .expectBody().jsonPath("$[?(@.id == '" + id(community) + "')]").doesNotExist();
        http.mutateWith(Callers.officer("STREET_OFFICER", id(streetB), List.of(id(district)))).get()
                .uri("/api/units/{id}", unitId).exchange().expectStatus().isOk();
        http.mutateWith(Callers.officer("STREET_OFFICER", id(streetA), List.of(id(district)))).get()
                .uri("/api/units/{id}", unitId).exchange().expectStatus().isNotFound();
    }

    @Test
    void aMoveBelowItselfOrToTheWrongTierIsRefused() {
        Map<String, Object> grid = tree.create("g-x", "网格", "GRID", id(community));

        http.mutateWith(Callers.admin()).post().uri("/api/orgs/{id}/move", id(streetA))
                .bodyValue(Map.of("newParentId", id(community))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("newParentId");
        http.mutateWith(Callers.admin()).post().uri("/api/orgs/{id}/move", id(grid))
                .bodyValue(Map.of("newParentId", id(streetB))).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void theSubtreeIsPagedAndFilteredByTier() {
        tree.create("c-a3", "三社区", "COMMUNITY", id(streetA));
        tree.create("c-b3", "四社区", "COMMUNITY", id(streetB));

        http.mutateWith(Callers.admin()).get().uri("/api/orgs/{id}/subtree?tier=COMMUNITY&size=2", id(district)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items.length()").isEqualTo(2);
    }

    private void expectInvalid(Map<String, Object> body, String field) {
        http.mutateWith(Callers.admin()).post().uri("/api/orgs").bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields).contains(field));
    }

    private long count() {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), Org.COLLECTION).block();
    }
}
