package org.linkage.e2e.support;

import org.linkage.platform.test.RealStack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole platform for the end-to-end tests, started once per test JVM on free ports (so it never
 * collides with a running {@code ./linkage up}): the real Kafka broker and Mongo-wire store, every
 * service, and the gateway in front. Tests talk to {@link #gateway()} only.
 */
public final class E2eStack {

    public static final String ADMIN_PASSWORD = "e2e-admin-password";
    private static E2eStack instance;

    private final String bootstrapServers;

    private final ServiceProcess organization;
    private final ServiceProcess taskDispatch;
    private final ServiceProcess gateway;

    private E2eStack() throws IOException {
        RealStack stack = RealStack.get();
        bootstrapServers = stack.bootstrapServers();
        Map<String, String> backends = Map.of(
                "spring.kafka.bootstrap-servers", stack.bootstrapServers(),
                "spring.mongodb.uri", stack.mongoUri("e2e"));
        organization = ServiceProcess.start("organization", "services/organization", freePort(),
                merge(backends, Map.of("spring.mongodb.database", "e2e-organization")),
                Map.of("LINKAGE_ADMIN_PASSWORD", ADMIN_PASSWORD));
        String jwks = organization.url() + "/.well-known/jwks.json";
        Map<String, String> taskDispatchSettings = new HashMap<>(backends);
        taskDispatchSettings.putAll(Map.of(
                "spring.mongodb.database", "e2e-task-dispatch",
                "linkage.security.jwks-uri", jwks,
                // deadlines a few seconds ahead pass within a test: a tick a second, one warning 2 s before each deadline
                "linkage.schedule.tick", "PT1S",
                "linkage.schedule.lease", "PT5S",
                "linkage.schedule.retry-delay", "PT2S",
                "linkage.deadlines.warnings", "PT2S"));
        taskDispatch = ServiceProcess.start("task-dispatch", "services/task-dispatch", freePort(), taskDispatchSettings, Map.of());
        gateway = ServiceProcess.start("gateway", "gateway", freePort(), Map.of(
                "linkage.services.organization.uri", organization.url(),
                "linkage.services.task-dispatch.uri", taskDispatch.url(),
                // a short limit keeps the hung-service scenario quick; still longer than the route timeout
                "linkage.gateway.resilience.response-timeout", "2s",
                "resilience4j.timelimiter.configs.default.timeout-duration", "3s",
                // every test creates and logs in its users from this one address, and the task scenario's
                // officers act in parallel; no e2e test is about the limits themselves
                "linkage.gateway.rate-limit.per-client-ip.burst-capacity", "1000",
                "linkage.gateway.rate-limit.per-client-ip.replenish-rate", "100",
                "linkage.gateway.rate-limit.per-principal.burst-capacity", "1000",
                "linkage.gateway.rate-limit.per-principal.replenish-rate", "200"), Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "e2e-stack-shutdown"));
    }

    public static synchronized E2eStack get() {
        if (instance == null) {
            try {
                instance = new E2eStack();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String gateway() {
        return gateway.url();
    }

    public ServiceProcess organization() {
        return organization;
    }

    public ServiceProcess taskDispatch() {
        return taskDispatch;
    }

    /** The real broker the services publish to, for tests that read a topic directly. */
    public String kafkaBootstrapServers() {
        return bootstrapServers;
    }

    private void close() {
        gateway.close();
        taskDispatch.close();
        organization.close();
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        var merged = new HashMap<>(a);
        merged.putAll(b);
        return merged;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
