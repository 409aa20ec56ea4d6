package org.linkage.gateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

/**
 * The gateway on a random port in front of four fake services, with short timeouts and small limits
 * so that the tests are quick. Every *IT extends this class and so shares one application context.
 * Tests use their own paths and token subjects, so their rate-limit buckets and records do not mix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "linkage.gateway.resilience.response-timeout=2500ms",
        "resilience4j.timelimiter.configs.default.timeout-duration=3500ms",
        "linkage.gateway.resilience.retry.first-backoff=10ms",
        "linkage.gateway.resilience.retry.max-backoff=50ms",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=3",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1s",
        "linkage.gateway.rate-limit.trusted-proxies=1",
        "linkage.gateway.rate-limit.per-principal.burst-capacity=20",
        "linkage.gateway.rate-limit.per-principal.replenish-rate=0.1",
        "linkage.gateway.rate-limit.per-client-ip.burst-capacity=5",
        "linkage.gateway.rate-limit.per-client-ip.replenish-rate=0.01",
        "linkage.gateway.request-size.max=64KB",
        "linkage.gateway.request-size.import-max=256KB"})
public abstract class GatewayIntegrationTest {

    /** As configured above. */
    protected static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(2500);
    protected static final Duration TIME_LIMIT = Duration.ofMillis(3500);
    protected static final int PER_PRINCIPAL_BURST = 20;
    protected static final int PER_CLIENT_IP_BURST = 5;
    protected static final int MAX_BODY = 64 * 1024;
    protected static final int MAX_IMPORT_BODY = 256 * 1024;

    protected static final TestTokens TOKENS = new TestTokens();
    protected static final FakeService ORGANIZATION = FakeService.start("organization", Map.of(
            "/.well-known/jwks.json", TOKENS.jwks(),
            "/v3/api-docs", apiDocs("organization")));
    protected static final FakeService TASK_DISPATCH = FakeService.start("task-dispatch", Map.of("/v3/api-docs", apiDocs("task-dispatch")));
    protected static final FakeService NOTIFICATION = FakeService.start("notification", Map.of("/v3/api-docs", apiDocs("notification")));
    protected static final FakeService APPRAISAL = FakeService.start("appraisal", Map.of("/v3/api-docs", apiDocs("appraisal")));

    @LocalServerPort
    protected int port;

    protected WebTestClient gateway;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("linkage.services.organization.uri", ORGANIZATION::uri);
        registry.add("linkage.services.task-dispatch.uri", TASK_DISPATCH::uri);
        registry.add("linkage.services.notification.uri", NOTIFICATION::uri);
        registry.add("linkage.services.appraisal.uri", APPRAISAL::uri);
    }

    @BeforeEach
    void connect() {
        gateway = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .build();
    }

    private static String apiDocs(String service) {
        return "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + service + "\",\"version\":\"1\"},"
                + "\"servers\":[{\"url\":\"http://" + service + ".internal:8080\"}],\"paths\":{}}";
    }
}
