package org.linkage.platform.messaging.observability;

import org.junit.jupiter.api.Test;
import org.linkage.platform.messaging.testapp.MessagingIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service exposes for operations: Prometheus metrics with common tags, and probes. */
@MessagingIntegrationTest
@AutoConfigureWebTestClient
class ObservabilityIT {

    @Autowired
    WebTestClient http;

    @Test
    void prometheusShowsTheOutboxMetricsTaggedWithApplicationAndInstance() {
        String metrics = http.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).containsPattern("linkage_outbox_oldest_age_seconds\\{[^}]*application=\"messaging-test\"");
        assertThat(metrics).containsPattern("linkage_outbox_relay_lag_seconds_bucket\\{[^}]*instance=\"");
    }

    @Test
    void livenessDoesNotDependOnTheBrokerOrTheStore() {
        http.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo").doesNotExist();
        http.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.components.mongo.status").isEqualTo("UP");
    }
}
