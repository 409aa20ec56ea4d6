package org.linkage.e2e.support;

import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A district of the demo district's shape, imported through the gateway: a district with a
 * department (区职能部门), {@code streets} streets of {@code communities} communities each, a resident
 * unit (驻区单位) registered to the first community, and one logged-in officer for each of them, the
 * unit's being its contact (UNIT_CONTACT, a token carrying {@code unit_id}). Codes are prefixed at
 * random, so it sits beside every other fixture of the shared stack.
 * <p>
 * Why not the demo district itself ({@code LINKAGE_DEMO=true}): loading it holds organization's start
 * 45–55 s on this build machine (it hashes ~170 BCrypt passwords, on two cores shared with other
 * builds), which every e2e test would pay on the shared stack; and a scenario on it logs in 111
 * officers, each login one more BCrypt check that took seconds under that load, past the e2e
 * gateway's 2 s route timeout. Three streets of three communities keep every step of the scenario.
 */
public final class ScenarioDistrict {

    private static final String PASSWORD = "e2e-password-1";

    /** An organisation (or a unit) and a token of its officer (or contact). */
    public record Officer(String orgId, String code, String token) {
    }

    /** A street and its communities, in code order. */
    public record Street(Officer officer, List<Officer> communities) {

        public String id() {
            return officer.orgId();
        }
    }

    public final String prefix = UUID.randomUUID().toString().substring(0, 6);
    public final Officer district;
    public final Officer department;
    public final List<Street> streets;
    /** A resident unit of the first community: {@code orgId} is the unit's id, {@code token} its contact's. */
    public final Officer unit;

    public ScenarioDistrict(Api api, int streetCount, int communityCount) {
        String admin = api.token("admin", E2eStack.ADMIN_PASSWORD);
        List<Map<String, String>> nodes = new ArrayList<>();
        nodes.add(Map.of("code", prefix, "name", "联动示范区", "tier", "DISTRICT"));
        nodes.add(Map.of("code", prefix + "-dept", "name", "区城市管理委员会", "tier", "DISTRICT", "kind", "DEPARTMENT",
                "parentCode", prefix));
        for (int s = 1; s <= streetCount; s++) {
            nodes.add(Map.of("code", streetCode(s), "name", "第" + s + "街道", "tier", "STREET", "parentCode", prefix));
            for (int c = 1; c <= communityCount; c++) {
                nodes.add(Map.of("code", communityCode(s, c), "name", "第" + s + "街道第" + c + "社区", "tier", "COMMUNITY",
                        "parentCode", streetCode(s)));
            }
        }
        api.post(admin, "/api/orgs/import", Map.of("nodes", nodes)).expectStatus().isEqualTo(HttpStatus.CREATED);

        // one request at a time: each user costs organization two BCrypt rounds (create, log in)
        district = officer(api, admin, prefix, "DISTRICT_OFFICER");
        department = officer(api, admin, prefix + "-dept", "DEPARTMENT_OFFICER");
        List<Street> built = new ArrayList<>();
        for (int s = 1; s <= streetCount; s++) {
            List<Officer> communities = new ArrayList<>();
            for (int c = 1; c <= communityCount; c++) {
                communities.add(officer(api, admin, communityCode(s, c), "COMMUNITY_OFFICER"));
            }
            built.add(new Street(officer(api, admin, streetCode(s), "STREET_OFFICER"), List.copyOf(communities)));
        }
        streets = List.copyOf(built);
        unit = unit(api, admin, streets.get(0).communities().get(0));
    }

    public List<Officer> communities() {
        return streets.stream().flatMap(street -> street.communities().stream()).toList();
    }

    /** The claims of a JWT, read without checking it (the services do). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> claims(String jwt) {
        byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return JsonMapper.builder().build().readValue(new String(payload, StandardCharsets.UTF_8), Map.class);
    }

    private String streetCode(int s) {
        return prefix + "-s" + s;
    }

    private String communityCode(int s, int c) {
        return streetCode(s) + "c" + c;
    }

    private static Officer officer(Api api, String admin, String code, String role) {
        String orgId = (String) api.orgByCode(admin, code).get("id");
        return new Officer(orgId, code, api.userToken(admin, code + "-officer", orgId, role));
    }

    @SuppressWarnings("unchecked")
    private Officer unit(Api api, String admin, Officer community) {
        Map<String, Object> registered = api.post(admin, "/api/units", Map.of("name", "联动示范区第一中学", "category", "SCHOOL",
                        "orgId", community.orgId(), "contacts", List.of(Map.of("name", "王建国", "phone", "13900000001", "role", "党建联络员"))))
                .expectStatus().isEqualTo(HttpStatus.CREATED).expectBody(Map.class).returnResult().getResponseBody();
        String unitId = (String) registered.get("id");
        String username = prefix + "-unit-contact";
        api.post(admin, "/api/users", Map.of("username", username, "password", PASSWORD, "displayName", "第一中学联络员",
                "orgId", community.orgId(), "roles", Set.of("UNIT_CONTACT"), "unitId", unitId)).expectStatus().isEqualTo(HttpStatus.CREATED);
        return new Officer(unitId, null, api.token(username, PASSWORD));
    }
}
