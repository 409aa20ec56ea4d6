package org.linkage.e2e.support;

import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small district imported through the gateway: two streets of two communities, with officers of
 * the district, both streets and one community of each street able to log in.
 */
public final class DistrictFixture {

    public final String prefix = UUID.randomUUID().toString().substring(0, 6);
    public final String adminToken;
    public final Map<String, Object> district;
    public final Map<String, Object> communityA1;
    public final Map<String, Object> communityB1;
    public final Map<String, Object> streetA;
    public final Map<String, Object> streetB;
    public final String districtToken;
    public final String streetAToken;
    public final String streetBToken;
    public final String communityA1Token;
    public final String communityB1Token;

    public DistrictFixture(Api api) {
        adminToken = api.token("admin", E2eStack.ADMIN_PASSWORD);
        List<Map<String, String>> nodes = new ArrayList<>();
        nodes.add(Map.of("code", prefix + "-d", "name", "端到端区", "tier", "DISTRICT"));
        for (String street : List.of("a", "b")) {
            nodes.add(Map.of("code", prefix + "-" + street, "name", street + "街道", "tier", "STREET", "parentCode", prefix + "-d"));
            for (int c = 1; c <= 2; c++) {
                nodes.add(Map.of("code", prefix + "-" + street + c, "name", street + c + "社区", "tier", "COMMUNITY",
                        "parentCode", prefix + "-" + street));
            }
        }
        api.post(adminToken, "/api/orgs/import", Map.of("nodes", nodes)).expectStatus().isEqualTo(HttpStatus.CREATED);
        district = api.orgByCode(adminToken, prefix + "-d");
        communityA1 = api.orgByCode(adminToken, prefix + "-a1");
        communityB1 = api.orgByCode(adminToken, prefix + "-b1");
        streetA = api.orgByCode(adminToken, prefix + "-a");
        streetB = api.orgByCode(adminToken, prefix + "-b");
        districtToken = api.userToken(adminToken, prefix + "-district", id(district), "DISTRICT_OFFICER");
        streetAToken = api.userToken(adminToken, prefix + "-street-a", id(streetA), "STREET_OFFICER");
        streetBToken = api.userToken(adminToken, prefix + "-street-b", id(streetB), "STREET_OFFICER");
        communityA1Token = api.userToken(adminToken, prefix + "-a1", id(communityA1), "COMMUNITY_OFFICER");
        communityB1Token = api.userToken(adminToken, prefix + "-b1", id(communityB1), "COMMUNITY_OFFICER");
    }

    public static String id(Map<String, Object> org) {
        return (String) org.get("id");
    }
}
