package org.linkage.gateway.route;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkage.gateway.support.FakeService;
import org.linkage.gateway.support.GatewayIntegrationTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIT extends GatewayIntegrationTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET,  /api/orgs/o-1,                 organization",
            "GET,  /api/units/u-1,                organization",
            "GET,  /api/members/m-1,              organization",
            "GET,  /api/users/me,                 organization",
            "POST, /api/auth/token,               organization",
            "POST, /api/orgs/import,              organization",
            "GET,  /api/tasks/t-1,                task-dispatch",
            "GET,  /api/assignments/a-1,          task-dispatch",
            "GET,  /api/assignments/burden,       task-dispatch",
            "POST, /api/whistles,                 task-dispatch",
            "GET,  /api/appraisals/periods,       appraisal",
            "GET,  /api/notifications/inbox,      notification",
            "POST, /api/webhooks/w-1,             notification"})
    void eachPathReachesItsService(String method, String path, String service) {
        gateway.method(HttpMethod.valueOf(method)).uri(path)
                .headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo(path);
    }

    @Test
    void theTokenTheCorrelationIdAndTheTraceContextAreRelayedDownstream() {
        String path = "/api/orgs/relay-" + UUID.randomUUID();
        String token = TOKENS.valid();

        String correlationId = gateway.get().uri(path).headers(headers -> headers.setBearerAuth(token))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Correlation-Id");

        Map<String, Object> seen = ORGANIZATION.lastRequest(path);
        assertThat(seen.get("authorization")).isEqualTo("Bearer " + token);
        assertThat(seen.get("correlationId")).isEqualTo(correlationId);
        assertThat((String) seen.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    @Test
    void aCallersTraceIsContinuedDownstream() {
        String path = "/api/tasks/trace-" + UUID.randomUUID();
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        gateway.get().uri(path).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange()
                .expectStatus().isOk();

        assertThat((String) TASK_DISPATCH.lastRequest(path).get("traceparent")).startsWith("00-" + traceId + "-");
    }

    @Test
    void theNotificationStreamFlowsEventByEventWithNoTimeout() {
        Flux<String> events = gateway.get().uri("/api/notifications/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseBody();

        // the second event comes after both the response timeout and the circuit breaker's time limit
        assertThat(FakeService.STREAM_PAUSE).isGreaterThan(TIME_LIMIT).isGreaterThan(RESPONSE_TIMEOUT);
        StepVerifier.create(events)
                .expectNext("first")
                .expectNext("second")
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void anUnknownPathIsNotRouted() {
        gateway.get().uri("/api/unknown/x").headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
