package org.linkage.gateway.route;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.linkage.gateway.support.GatewayIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Appraisal plays the sick service; each test starts with a closed circuit and a healthy service. */
@ExtendWith(OutputCaptureExtension.class)
class ResilienceIT extends GatewayIntegrationTest {

    @Autowired
    CircuitBreakerRegistry circuitBreakers;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void closeTheCircuit() {
        circuitBreakers.circuitBreaker("appraisal").reset();
    }

    @AfterEach
    void healTheService() {
        APPRAISAL.hang(false);
        APPRAISAL.stop();
        APPRAISAL.restart();
    }

    @Test
    void aHungServiceGets503ProblemWithinTheTimeLimitAndServesAgainWhenItAnswers() {
        APPRAISAL.hang(true);

        long started = System.nanoTime();
        unavailable(get("/api/appraisals/scores"), "no answer in time");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isLessThan(TIME_LIMIT.multipliedBy(2));

        APPRAISAL.hang(false);
        get("/api/appraisals/scores").exchange().expectStatus().isOk();
    }

    @Test
    void aSlowAnswerWithinTheRouteTimeoutIsNotCutByTheTimeLimiter() {
        // slower than Resilience4j's 1 s default time limit: passes only because the limit is set longer
        get("/api/appraisals/slow").exchange().expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("appraisal");
    }

    @Test
    void aDownServiceGets503AtOnceTheCircuitOpensAndClosesWhenTheServiceIsBack(CapturedOutput output) {
        APPRAISAL.stop();
        String correlationId = "down-" + UUID.randomUUID();

        for (int call = 0; call < 3; call++) {
            unavailable(get("/api/appraisals/scores").header("X-Correlation-Id", correlationId), "not reachable");
        }
        unavailable(get("/api/appraisals/scores"), "circuit open after repeated failures");

        APPRAISAL.restart();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                get("/api/appraisals/scores").exchange().expectStatus().isOk());

        assertThat(output.getAll().lines().filter(line -> line.contains("FallbackController")))
                .as("the fallback's log line carries trace id, span id and correlation id")
                .anyMatch(line -> line.matches(".*\\[gateway,[0-9a-f]{32},[0-9a-f]{16}," + correlationId + "].*"));
    }

    @Test
    void failedAttemptsLeaveNoClientObservationOpen() {
        APPRAISAL.stop();
        unavailable(get("/api/appraisals/scores"), "not reachable");
        APPRAISAL.restart();
        APPRAISAL.hang(true);
        unavailable(get("/api/appraisals/scores"), "no answer in time");

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(activeClientRequests("appraisal")).isZero());
    }

    @Test
    void getIsRetriedOn503ButPostIsNot() {
        String getPath = "/api/tasks/flaky-" + UUID.randomUUID();
        gateway.get().uri(getPath).headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange().expectStatus().isOk();
        assertThat(TASK_DISPATCH.hits(getPath)).isEqualTo(3);

        String postPath = "/api/tasks/flaky-" + UUID.randomUUID();
        gateway.post().uri(postPath).headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(TASK_DISPATCH.hits(postPath)).isEqualTo(1);
    }

    @Test
    void manyConcurrentSlowCallsToOneServiceAllPass() {
        // more than the 25 concurrent calls of Resilience4j's default bulkhead, which is switched off
        WebClient client = WebClient.create("http://127.0.0.1:" + port);
        List<HttpStatusCode> statuses = Flux.range(0, 30)
                .flatMap(call -> client.get().uri("/api/appraisals/slow")
                        .headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode())), 30)
                .collectList()
                .block(Duration.ofSeconds(30));
        assertThat(statuses).hasSize(30).allMatch(status -> status.value() == 200);
    }

    private WebTestClient.RequestHeadersSpec<?> get(String path) {
        return gateway.get().uri(path).headers(headers -> headers.setBearerAuth(TOKENS.valid()));
    }

    private static void unavailable(WebTestClient.RequestHeadersSpec<?> request, String reason) {
        request.exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.service").isEqualTo("appraisal")
                .jsonPath("$.instance").isEqualTo("/api/appraisals/scores")
                .jsonPath("$.detail").isEqualTo("the appraisal service is unavailable: " + reason);
    }

    private double activeClientRequests(String routeId) {
        return meters.find("http.client.requests.active").tag("spring.cloud.gateway.route.id", routeId)
                .longTaskTimers().stream().mapToInt(LongTaskTimer::activeTasks).sum();
    }
}
