package org.linkage.gateway.security;

import org.junit.jupiter.api.Test;
import org.linkage.gateway.support.GatewayIntegrationTest;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class CorsIT extends GatewayIntegrationTest {

    private static final String CONSOLE = "http://localhost:5173";

    @Test
    void aPreflightFromTheConsoleIsAllowed() {
        gateway.options().uri("/api/tasks")
                .header(HttpHeaders.ORIGIN, CONSOLE)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CONSOLE)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"));
        assertThat(TASK_DISPATCH.hits("/api/tasks")).as("a preflight is answered by the gateway").isZero();
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        gateway.options().uri("/api/tasks")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aRequestFromTheConsoleCanReadTheCorrelationId() {
        gateway.get().uri("/api/orgs/cors").header(HttpHeaders.ORIGIN, CONSOLE)
                .headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CONSOLE)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed).contains("X-Correlation-Id"));
    }
}
