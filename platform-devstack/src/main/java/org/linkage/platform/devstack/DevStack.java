package org.linkage.platform.devstack;

import java.util.concurrent.CountDownLatch;

/**
 * The local stack without Docker: a KRaft Kafka broker and a MongoDB wire-protocol server that keep
 * their data across restarts. Run the {@code exec} jar; it prints {@code DEVSTACK READY ...} once
 * both accept clients and shuts both down cleanly on SIGTERM or Ctrl-C. {@link DevStackSettings}
 * lists the overrides; {@code LINKAGE_STACK_LOG_LEVEL=INFO} shows what the broker and store log.
 */
public final class DevStack implements AutoCloseable {

    private final EmbeddedKafka kafka;
    private final EmbeddedMongo mongo;

    private DevStack(EmbeddedKafka kafka, EmbeddedMongo mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    public static void main(String[] args) throws InterruptedException {
        // before any logger exists; a logback.xml at the classpath root would also configure every test using this jar
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/linkage/platform/devstack/logback.xml");
        }
        DevStack stack = start(DevStackSettings.fromEnvironment());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
        System.out.println("DEVSTACK READY kafka=" + stack.kafkaBootstrapServers() + " mongo=" + stack.mongoConnectionString());
        new CountDownLatch(1).await(); // until the JVM is told to stop; the hook then closes the stack
    }

    /** Starts Kafka with Linkage's topics, then Mongo. */
    public static DevStack start(DevStackSettings settings) {
        EmbeddedKafka kafka = EmbeddedKafka.builder()
                .host(DevStackSettings.HOST)
                .port(settings.kafkaPort())
                .controllerPort(settings.kafkaControllerPort())
                .dataDir(settings.kafkaDir())
                .start();
        try {
            kafka.createLinkageTopics();
            return new DevStack(kafka, EmbeddedMongo.persistent(DevStackSettings.HOST, settings.mongoPort(), settings.mongoFile()));
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    /** Mongo first, so its file is flushed even if Kafka takes long to stop. */
    @Override
    public void close() {
        mongo.close();
        kafka.close();
    }
}
