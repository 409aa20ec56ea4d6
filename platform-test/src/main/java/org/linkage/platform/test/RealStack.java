package org.linkage.platform.test;

import java.util.Map;

import org.linkage.platform.devstack.EmbeddedKafka;
import org.linkage.platform.devstack.EmbeddedMongo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real Kafka broker (with Linkage's topics) and a MongoDB wire-protocol server on free ports,
 * started on first use and shared by every test class in the JVM; a shutdown hook stops both.
 * Starting once matters: the broker takes seconds, the machines have two cores.
 */
public final class RealStack {

    private static final Logger log = LoggerFactory.getLogger(RealStack.class);
    private static final String HOST = "127.0.0.1";

    private static RealStack instance; // guarded by RealStack.class

    private final EmbeddedKafka kafka;
    private final EmbeddedMongo mongo;

    private RealStack(EmbeddedKafka kafka, EmbeddedMongo mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    /** The JVM's stack, started by the first call. */
    public static synchronized RealStack get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close, "real-stack-shutdown"));
        }
        return instance;
    }

    private static RealStack start() {
        long started = System.nanoTime();
        EmbeddedMongo mongo = EmbeddedMongo.inMemory(HOST, 0);
        try {
            EmbeddedKafka kafka = EmbeddedKafka.builder().host(HOST).start();
            kafka.createLinkageTopics();
            log.info("Real stack up in {} ms: Kafka at {}, Mongo at {}",
                    (System.nanoTime() - started) / 1_000_000, kafka.bootstrapServers(), mongo.connectionString());
            return new RealStack(kafka, mongo);
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
    }

    /** {@code host:port} of the broker, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** {@code mongodb://host:port/database}; each test class should use a database of its own. */
    public String mongoUri(String database) {
        return mongo.connectionString() + "/" + database;
    }

    /**
     * For a {@code @DynamicPropertySource} method: points Spring Kafka, the Spring Cloud Stream Kafka
     * binder and Spring Boot's MongoDB client (database included, overriding a service's own
     * {@code spring.mongodb.database}) at the stack. Test clients wait up to 30 s: CI machines are
     * small, and a timed-out request would fail a test that asserts behaviour, not speed.
     */
    public static void registerProperties(DynamicPropertyRegistry registry, String database) {
        get().springProperties(database).forEach((name, value) -> registry.add(name, () -> value));
    }

    Map<String, Object> springProperties(String database) {
        return Map.of(
                "spring.kafka.bootstrap-servers", bootstrapServers(),
                "spring.cloud.stream.kafka.binder.brokers", bootstrapServers(),
                "spring.mongodb.uri", mongoUri(database),
                "spring.mongodb.database", database,
                "spring.test.webtestclient.timeout", "PT30S");
    }

    private void close() {
        mongo.close();
        kafka.close();
    }
}
