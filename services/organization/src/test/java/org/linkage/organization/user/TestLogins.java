package org.linkage.organization.user;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Real logins and user creation through the HTTP API, for integration tests. */
public final class TestLogins {

    public static final String PASSWORD = "correct-horse-电池";

    private final WebTestClient http;

    public TestLogins(WebTestClient http) {
        this.http = http;
    }

    /** A fresh username per call: the tests share one store and one login limiter. */
    public static String username(String hint) {
        return hint + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    public String adminToken() {
        return token("admin", "admin");
    }

    public String token(String username, String password) {
        Map<?, ?> body = http.post().uri("/api/auth/token")
                .bodyValue(Map.of("username", username, "password", password))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("access_token");
    }

    public static Map<String, Object> newUser(String username, String orgId, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("displayName", "测试用户");
        body.put("orgId", orgId);
        body.put("roles", List.of(roles));
        return body;
    }

    public WebTestClient.ResponseSpec create(String token, Map<String, Object> user) {
        return http.post().uri("/api/users")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .bodyValue(user)
                .exchange();
    }

    /** Creates the user (expecting 201) and returns its JSON. */
    public Map<String, Object> created(String token, Map<String, Object> user) {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = create(token, user).expectStatus().isEqualTo(HttpStatus.CREATED)
                .expectBody(Map.class).returnResult().getResponseBody();
        return body;
    }

    /** Creates a user with {@link #PASSWORD} as administrator and logs in as them. */
    public String tokenOfNew(String hint, String orgId, String... roles) {
        String username = username(hint);
        created(adminToken(), newUser(username, orgId, roles));
        return token(username, PASSWORD);
    }
}
