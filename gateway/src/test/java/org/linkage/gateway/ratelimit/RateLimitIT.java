package org.linkage.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.linkage.gateway.support.GatewayIntegrationTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitIT extends GatewayIntegrationTest {

    @Test
    void aBurstFromOnePrincipalGets429WithRetryAfterWhileOthersPass() {
        String token = TOKENS.valid();
        List<EntityExchangeResult<byte[]>> results = burst(PER_PRINCIPAL_BURST + 3,
                () -> gateway.get().uri("/api/tasks/burst").headers(headers -> headers.setBearerAuth(token)).exchange()
                        .expectBody().returnResult());

        assertTooManyAfterBurst(results, PER_PRINCIPAL_BURST);
        gateway.get().uri("/api/tasks/burst").headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange().expectStatus().isOk();
    }

    @Test
    void passwordGuessesFromOneAddressGet429WhileOtherAddressesPass() {
        String attacker = "203.0.113." + (1 + (int) (Math.random() * 250));
        List<EntityExchangeResult<byte[]>> results = burst(PER_CLIENT_IP_BURST + 3, () -> token(attacker));

        assertTooManyAfterBurst(results, PER_CLIENT_IP_BURST);
        assertThat(token("198.51.100.7").getStatus().value()).isEqualTo(200);
    }

    @Test
    void aValidTokenDoesNotLiftTheLimitOfTheTokenEndpoint() {
        String attacker = "192.0.2." + (1 + (int) (Math.random() * 250));
        burst(PER_CLIENT_IP_BURST, () -> token(attacker));

        gateway.post().uri("/api/auth/token").header("X-Forwarded-For", attacker)
                .headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    private EntityExchangeResult<byte[]> token(String clientIp) {
        return gateway.post().uri("/api/auth/token").header("X-Forwarded-For", clientIp)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"username\":\"" + UUID.randomUUID() + "\",\"password\":\"guess\"}")
                .exchange().expectBody().returnResult();
    }

    private static List<EntityExchangeResult<byte[]>> burst(int requests, Supplier<EntityExchangeResult<byte[]>> request) {
        List<EntityExchangeResult<byte[]>> results = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            results.add(request.get());
        }
        return results;
    }

    /** The bucket refills slowly (see the test properties), so the last requests of the burst are refused. */
    private static void assertTooManyAfterBurst(List<EntityExchangeResult<byte[]>> results, int burst) {
        assertThat(results.subList(0, burst)).allMatch(result -> result.getStatus().value() == 200);
        EntityExchangeResult<byte[]> refused = results.get(results.size() - 1);
        assertThat(refused.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(new String(refused.getResponseBody())).contains("\"status\":429");
    }
}
