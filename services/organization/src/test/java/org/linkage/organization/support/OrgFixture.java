package org.linkage.organization.support;

import org.linkage.platform.test.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds trees through the public API, with unique codes per test run. */
public final class OrgFixture {

    private final WebTestClient http;
    private final String prefix = UUID.randomUUID().toString().substring(0, 8);

    public OrgFixture(WebTestClient http) {
        this.http = http;
    }

    public String code(String local) {
        return prefix + "-" + local;
    }

    /** Creates an organisation as administrator; returns its JSON as a map. */
    public Map<String, Object> create(String code, String name, String tier, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code(code), "name", name, "tier", tier));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> created = http.mutateWith(Callers.admin()).post().uri("/api/orgs").bodyValue(body)
                .exchange().expectStatus().isEqualTo(HttpStatus.CREATED)
                .expectBody(Map.class).returnResult().getResponseBody();
        return created;
    }

    public static String id(Map<String, Object> org) {
        return (String) org.get("id");
    }

    @SuppressWarnings("unchecked")
    public static List<String> path(Map<String, Object> org) {
        return (List<String>) org.get("path");
    }
}
