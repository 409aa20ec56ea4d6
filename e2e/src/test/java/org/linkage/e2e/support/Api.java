package org.linkage.e2e.support;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The public API as a client sees it: everything through the gateway. */
public final class Api {

    private final WebTestClient http;

    public Api(String gatewayUrl) {
        this.http = WebTestClient.bindToServer().baseUrl(gatewayUrl).responseTimeout(Duration.ofSeconds(30)).build();
    }

    public WebTestClient http() {
        return http;
    }

    @SuppressWarnings("unchecked")
    public String token(String username, String password) {
        Map<String, Object> body = http.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (String) body.get("access_token");
    }

    public WebTestClient.ResponseSpec get(String token, String uri, Object... variables) {
        return http.get().uri(uri, variables).headers(headers -> headers.setBearerAuth(token)).exchange();
    }

    public WebTestClient.ResponseSpec post(String token, String uri, Object body, Object... variables) {
        return http.post().uri(uri, variables).headers(headers -> headers.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> orgByCode(String token, String code) {
        Map<String, Object> page = get(token, "/api/orgs?code={code}", code).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).get(0);
    }

    /** Creates a user as {@code adminToken} and returns a token of the new user. */
    public String userToken(String adminToken, String username, String orgId, String role) {
        post(adminToken, "/api/users", Map.of("username", username, "password", "e2e-password-1", "displayName", username,
                "orgId", orgId, "roles", Set.of(role))).expectStatus().isEqualTo(HttpStatus.CREATED);
        return token(username, "e2e-password-1");
    }
}
