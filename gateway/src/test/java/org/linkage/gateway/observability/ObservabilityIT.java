package org.linkage.gateway.observability;

import org.junit.jupiter.api.Test;
import org.linkage.gateway.support.GatewayIntegrationTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ObservabilityIT extends GatewayIntegrationTest {

    @Test
    void aCorrelationIdIsGeneratedWhenAbsentAndPassedDownstream() {
        String path = "/api/orgs/correlation-" + UUID.randomUUID();
        String generated = gateway.get().uri(path).headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(CorrelationIdFilter.HEADER);

        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(ORGANIZATION.lastRequest(path).get("correlationId")).isEqualTo(generated);
    }

    @Test
    void theCallersCorrelationIdIsEchoedEvenOnARefusal() {
        gateway.get().uri("/api/orgs/x").header(CorrelationIdFilter.HEADER, "console-42")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(CorrelationIdFilter.HEADER, "console-42");
    }

    @Test
    void anUnsafeCorrelationIdIsReplaced() {
        gateway.get().uri("/api/orgs/x").header(CorrelationIdFilter.HEADER, "<script>alert(1)</script>")
                .exchange()
                .expectHeader().value(CorrelationIdFilter.HEADER, id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void prometheusShowsLatencyHistogramsAndStatusesPerRoute() {
        gateway.get().uri("/api/appraisals/metrics").headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange().expectStatus().isOk();

        String scrape = gateway.get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape.lines())
                .anyMatch(line -> line.startsWith("spring_cloud_gateway_requests_seconds_bucket{")
                        && line.contains("routeId=\"appraisal\"") && line.contains("httpStatusCode=\"200\""))
                .anyMatch(line -> line.startsWith("spring_cloud_gateway_requests_seconds_count{")
                        && line.contains("routeId=\"appraisal\"") && line.contains("httpStatusCode=\"200\""));
    }
}
