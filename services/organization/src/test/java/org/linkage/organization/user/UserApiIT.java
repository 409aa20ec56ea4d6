package org.linkage.organization.user;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.test.WithRealStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The users API and its scope rules, with real tokens, on the real broker and store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "PT30S")
@WithRealStack(database = "organization-auth")
class UserApiIT {

    @Autowired
    WebTestClient http;
    @Autowired
    ReactiveMongoTemplate mongo;

    TestLogins logins;
    TestTree tree;
    String admin;

    @BeforeEach
    void setUp() {
        logins = new TestLogins(http);
        tree = TestTree.insert(mongo);
        admin = logins.adminToken();
    }

    @Test
    void anAdministratorCreatesAnOfficerWhoInheritsTheOrganisationsAncestry() {
        String username = TestLogins.username("wang.fang");

        @SuppressWarnings("unchecked")
        Map<String, Object> created = logins.create(admin, TestLogins.newUser(username, tree.streetA(), "STREET_OFFICER"))
                .expectStatus().isCreated()
                .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/users/user-"))
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(created.get("username")).isEqualTo(username);
        assertThat(created.get("displayName")).isEqualTo("测试用户");
        assertThat(created.get("orgId")).isEqualTo(tree.streetA());
        assertThat(created.get("orgPath")).isEqualTo(List.of(tree.district()));
        assertThat(created.get("districtId")).isEqualTo(tree.district());
        assertThat(created.get("roles")).isEqualTo(List.of("STREET_OFFICER"));
        assertThat(created.get("disabled")).isEqualTo(false);
        assertThat(created).doesNotContainKeys("password", "passwordHash", "outbox");
        Document stored = mongo.findById(created.get("id"), Document.class, User.COLLECTION).block();
        assertThat(stored.getString("passwordHash")).startsWith("$2").doesNotContain(TestLogins.PASSWORD);
    }

    @Test
    void aStreetOfficerManagesUsersOfItsOwnStreetOnly() {
        String officer = logins.tokenOfNew("street.a", tree.streetA(), "STREET_OFFICER");

        Map<String, Object> communityOfficer = logins.created(officer,
                TestLogins.newUser(TestLogins.username("community.a"), tree.communityA(), "COMMUNITY_OFFICER"));
        logins.create(officer, TestLogins.newUser(TestLogins.username("sibling"), tree.streetB(), "STREET_OFFICER"))
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        logins.create(officer, TestLogins.newUser(TestLogins.username("boss"), tree.streetA(), "ADMIN"))
                .expectStatus().isForbidden();

        get(officer, "/api/users/" + communityOfficer.get("id")).expectStatus().isOk();
        String siblingUser = (String) logins.created(admin,
                TestLogins.newUser(TestLogins.username("street.b"), tree.streetB(), "STREET_OFFICER")).get("id");
        get(officer, "/api/users/" + siblingUser).expectStatus().isNotFound();
        get(officer, "/api/users/user-admin").expectStatus().isNotFound();
        get(officer, "/api/users?orgId=" + tree.communityA()).expectStatus().isOk()
                .expectBody().jsonPath("$[*].id").isEqualTo(List.of(communityOfficer.get("id")));
        get(officer, "/api/users?orgId=" + tree.streetB()).expectStatus().isForbidden();
    }

    @Test
    void usersWithoutAManagingRoleCannotCreateUsers() {
        String auditor = logins.tokenOfNew("auditor", tree.district(), "AUDITOR");

        logins.create(auditor, TestLogins.newUser(TestLogins.username("x"), tree.streetA(), "AUDITOR"))
                .expectStatus().isForbidden();
        get(auditor, "/api/users?orgId=" + tree.streetA()).expectStatus().isOk();
    }

    @Test
    void anUnknownOrganisationIsA400NamingOrgId() {
        expectInvalid(TestLogins.newUser(TestLogins.username("ghost"), "org-does-not-exist", "AUDITOR"), "orgId");
    }

    @Test
    void aRoleMustFitTheOrganisationsTier() {
        expectInvalid(TestLogins.newUser(TestLogins.username("misfit"), tree.communityA(), "STREET_OFFICER"), "roles");
        expectInvalid(TestLogins.newUser(TestLogins.username("misfit"), tree.district(), "DEPARTMENT_OFFICER"), "roles");
        expectInvalid(TestLogins.newUser(TestLogins.username("misfit"), tree.communityA(), "GRID_SUPERVISOR"), "roles");
        logins.created(admin, TestLogins.newUser(TestLogins.username("dept"), tree.department(), "DEPARTMENT_OFFICER"));
        logins.created(admin, TestLogins.newUser(TestLogins.username("grid"), tree.gridA(), "GRID_SUPERVISOR"));
    }

    @Test
    void aTakenUsernameIsA409AndNothingElseIsPersisted() {
        String username = TestLogins.username("liu.yang");
        Map<String, Object> first = logins.created(admin, TestLogins.newUser(username, tree.streetA(), "STREET_OFFICER"));
        long before = countUsers();

        Map<String, Object> again = TestLogins.newUser(username, tree.communityA(), "COMMUNITY_OFFICER");
        again.put("displayName", "重名用户");
        logins.create(admin, again)
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("username");

        assertThat(countUsers()).isEqualTo(before);
        List<Document> named = mongo.find(Query.query(Criteria.where("username").is(username)), Document.class, User.COLLECTION)
                .collectList().block();
        assertThat(named).singleElement().satisfies(user -> {
            assertThat(user.get("_id")).isEqualTo(first.get("id"));
            assertThat(user.getString("displayName")).isEqualTo("测试用户");
        });
    }

    @Test
    void badInputIsA400NamingTheFieldNeverA500() {
        expectInvalid(with(valid(), "password", "short"), "password");
        expectInvalid(with(valid(), "password", "密".repeat(30)), "password");
        expectInvalid(with(valid(), "username", "no spaces allowed"), "username");
        expectInvalid(with(valid(), "username", "ab"), "username");
        expectInvalid(with(valid(), "displayName", " "), "displayName");
        expectInvalid(with(valid(), "roles", List.of()), "roles");
        expectInvalid(with(valid(), "nickname", "小王"), "nickname");
        expectInvalid(with(valid(), "roles", List.of("KING")), "roles[0]");
        expectInvalid(with(valid(), "unitId", "unit-1"), "unitId");
        expectInvalid(TestLogins.newUser(TestLogins.username("contact"), tree.communityA(), "UNIT_CONTACT"), "unitId");
        expectInvalid(TestLogins.newUser(TestLogins.username("member"), tree.communityA(), "MEMBER"), "memberId");
        Map<String, Object> missing = valid();
        missing.remove("orgId");
        expectInvalid(missing, "orgId");
    }

    @Test
    void aDisabledUserCannotLogInAndDisablingTwiceChangesNothing() {
        String officer = logins.tokenOfNew("street.a", tree.streetA(), "STREET_OFFICER");
        String username = TestLogins.username("leaving");
        String id = (String) logins.created(officer, TestLogins.newUser(username, tree.communityA(), "COMMUNITY_OFFICER")).get("id");
        logins.token(username, TestLogins.PASSWORD);

        disable(officer, id).expectStatus().isOk()
                .expectBody().jsonPath("$.disabled").isEqualTo(true).jsonPath("$.version").isEqualTo(1);
        disable(officer, id).expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1);

        http.post().uri("/api/auth/token").bodyValue(Map.of("username", username, "password", TestLogins.PASSWORD))
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("invalid username or password");
    }

    @Test
    void disablingFollowsTheSameScopeRules() {
        String officerA = logins.tokenOfNew("street.a", tree.streetA(), "STREET_OFFICER");
        String userB = (String) logins.created(admin,
                TestLogins.newUser(TestLogins.username("street.b"), tree.streetB(), "STREET_OFFICER")).get("id");

        disable(officerA, userB).expectStatus().isNotFound();
        disable(officerA, "user-admin").expectStatus().isNotFound();
        disable(admin, "user-admin").expectStatus().isEqualTo(HttpStatus.CONFLICT);
        get(admin, "/api/users/" + userB).expectStatus().isOk().expectBody().jsonPath("$.disabled").isEqualTo(false);
    }

    @Test
    void movingACommunityMovesItsUsersIntoTheNewStreetsScope() {
        String officerA = logins.tokenOfNew("street.a", tree.streetA(), "STREET_OFFICER");
        String officerB = logins.tokenOfNew("street.b", tree.streetB(), "STREET_OFFICER");
        String username = TestLogins.username("moving");
        String id = (String) logins.created(admin, TestLogins.newUser(username, tree.gridA(), "GRID_SUPERVISOR")).get("id");

        http.post().uri("/api/orgs/{id}/move", tree.communityA()).header(HttpHeaders.AUTHORIZATION, "Bearer " + admin)
                .bodyValue(Map.of("newParentId", tree.streetB())).exchange().expectStatus().isOk();

        get(officerB, "/api/users/" + id).expectStatus().isOk()
                .expectBody().jsonPath("$.orgPath").isEqualTo(List.of(tree.district(), tree.streetB(), tree.communityA()));
        get(officerA, "/api/users/" + id).expectStatus().isNotFound();
    }

    private Map<String, Object> valid() {
        return TestLogins.newUser(TestLogins.username("valid"), tree.streetA(), "STREET_OFFICER");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    @SuppressWarnings("unchecked")
    private void expectInvalid(Map<String, Object> body, String field) {
        long before = countUsers();
        logins.create(admin, body)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields).contains(field));
        assertThat(countUsers()).as("nothing persisted for a bad %s", field).isEqualTo(before);
    }

    private WebTestClient.ResponseSpec get(String token, String uri) {
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private WebTestClient.ResponseSpec disable(String token, String id) {
        return http.post().uri("/api/users/{id}/disable", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "调离岗位")).exchange();
    }

    private long countUsers() {
        return mongo.count(new Query(), User.COLLECTION).block();
    }
}
