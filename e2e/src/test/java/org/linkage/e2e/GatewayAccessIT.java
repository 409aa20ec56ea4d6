package org.linkage.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkage.e2e.support.Api;
import org.linkage.e2e.support.DistrictFixture;
import org.linkage.e2e.support.E2eStack;
import org.springframework.http.MediaType;

import static org.linkage.e2e.support.DistrictFixture.id;

/** Tokens, the tree and organisation scope, through the gateway only. */
class GatewayAccessIT {

    static Api api;
    static DistrictFixture fixture;

    @BeforeAll
    static void platform() {
        api = new Api(E2eStack.get().gateway());
        fixture = new DistrictFixture(api);
    }

    @Test
    void aDistrictOfficerReadsItsWholeTree() {
        api.get(fixture.districtToken, "/api/orgs/{id}/subtree?tier=COMMUNITY", id(fixture.district))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(4);
    }

    @Test
    void aCommunityCannotReadAnotherCommunity() {
        api.get(fixture.communityA1Token, "/api/orgs/{id}", id(fixture.communityA1)).expectStatus().isOk();
        api.get(fixture.communityA1Token, "/api/orgs/{id}", id(fixture.communityB1))
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.get(fixture.communityA1Token, "/api/orgs/{id}/subtree", id(fixture.district)).expectStatus().isNotFound();
    }

    @Test
    void aCommunityCannotWriteOutsideItself() {
        api.post(fixture.communityA1Token, "/api/orgs",
                        java.util.Map.of("code", fixture.prefix + "-x", "name", "越权网格", "tier", "GRID", "parentId", id(fixture.communityB1)))
                .expectStatus().isForbidden();
    }

    @Test
    void withoutAValidTokenNothingIsServed() {
        api.http().get().uri("/api/orgs/{id}", id(fixture.district)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        String tampered = fixture.districtToken.substring(0, fixture.districtToken.length() - 4) + "AAAA";
        api.get(tampered, "/api/orgs/{id}", id(fixture.district)).expectStatus().isUnauthorized();
    }
}
