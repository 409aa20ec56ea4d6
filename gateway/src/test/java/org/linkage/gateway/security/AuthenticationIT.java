package org.linkage.gateway.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkage.gateway.support.GatewayIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every forged, stale or foreign token is refused at the gateway: the service never sees the request. */
class AuthenticationIT extends GatewayIntegrationTest {

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", TOKENS.expired()),
                Arguments.of("tampered payload", TOKENS.tampered()),
                Arguments.of("alg none", TOKENS.unsigned()),
                Arguments.of("wrong audience", TOKENS.withAudience("another-system")),
                Arguments.of("wrong issuer", TOKENS.withIssuer("https://evil.example")),
                Arguments.of("signed with another key", TOKENS.signedByForeignKey()),
                Arguments.of("not a JWT", "not-a-jwt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadTokenGets401ProblemAndNeverReachesTheService(String attack, String token) {
        String path = "/api/orgs/attack-" + UUID.randomUUID();
        gateway.get().uri(path).headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo(path);
        assertThat(ORGANIZATION.hits(path)).isZero();
    }

    @Test
    void noTokenGets401Problem() {
        String path = "/api/tasks/anonymous-" + UUID.randomUUID();
        gateway.get().uri(path)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.detail").isEqualTo("a bearer token is required");
        assertThat(TASK_DISPATCH.hits(path)).isZero();
    }

    @Test
    void theTokenEndpointAndTheKeySetArePublic() {
        gateway.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"username\":\"u\",\"password\":\"p\"}")
                .exchange()
                .expectStatus().isOk();
        gateway.get().uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.keys[0].kty").isEqualTo("RSA");
    }

    @Test
    void probesArePublic() {
        gateway.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        gateway.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void theGatewayKeepsNoSession() {
        gateway.get().uri("/api/orgs/session-" + UUID.randomUUID()).headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
    }
}
