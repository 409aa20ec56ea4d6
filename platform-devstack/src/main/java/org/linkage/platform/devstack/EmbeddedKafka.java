package org.linkage.platform.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.Topics.TopicSpec;

/**
 * A real single-node Kafka running inside this JVM: one KRaft process that is both broker and
 * controller, reached over TCP at {@link #bootstrapServers()} like any standalone broker.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final short ONE_REPLICA = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private final boolean temporary;

    private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers, Path dataDir, boolean temporary) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
        this.temporary = temporary;
    }

    /** Defaults: 127.0.0.1, free ports, a temporary data directory deleted on close. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code host:port} of the broker, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates Linkage's topics ({@link Topics#ALL}) with their retention configs. */
    public void createLinkageTopics() {
        createTopics(Topics.ALL);
    }

    /** Creates the topics with their configs; a topic that already exists is left as it is. */
    public void createTopics(Collection<TopicSpec> topics) {
        List<NewTopic> newTopics = topics.stream()
                .map(topic -> new NewTopic(topic.name(), topic.partitions(), ONE_REPLICA).configs(topic.configs()))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(newTopics).values().values().forEach(EmbeddedKafka::awaitCreatedOrExisting);
        }
    }

    private static void awaitCreatedOrExisting(KafkaFuture<Void> creation) {
        try {
            creation.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("topic creation failed", e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    /** Shuts the broker down (flushing its logs); a temporary data directory is then deleted. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            delete(dataDir);
        }
    }

    private static void delete(Path dir) {
        try {
            Utils.delete(dir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }

    /** Where the broker listens and keeps its data. */
    public static final class Builder {

        private String host = "127.0.0.1";
        private int port;
        private int controllerPort;
        private Path dataDir;

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The client port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The KRaft controller port; 0 (the default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** A directory that keeps topics and offsets across restarts; without one a temporary directory is used. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Formats the data directory if it is new, starts the broker and returns once it accepts clients. */
        public EmbeddedKafka start() {
            StackLoggers.quietUnlessConfigured();
            List<Integer> freePorts = FreePorts.pick(host, 2);
            int brokerPort = port != 0 ? port : freePorts.get(0);
            int quorumPort = controllerPort != 0 ? controllerPort : freePorts.get(1);
            boolean temporary = dataDir == null;
            Path dir = temporary ? createTempDir() : dataDir.toAbsolutePath();

            try {
                formatIfNew(dir);
                KafkaConfig config = new KafkaConfig(brokerConfig(brokerPort, quorumPort, dir), false);
                return new EmbeddedKafka(startServer(config), host + ":" + brokerPort, dir, temporary);
            } catch (RuntimeException e) {
                if (temporary) {
                    delete(dir);
                }
                throw e;
            }
        }

        private static KafkaRaftServer startServer(KafkaConfig config) {
            KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                server.startup();
                return server;
            } catch (RuntimeException e) {
                server.shutdown();
                throw e;
            }
        }

        private Map<String, String> brokerConfig(int brokerPort, int quorumPort, Path dir) {
            Map<String, String> config = new HashMap<>();
            config.put("process.roles", "broker,controller");
            config.put("node.id", String.valueOf(NODE_ID));
            config.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + quorumPort);
            config.put("controller.listener.names", CONTROLLER_LISTENER);
            config.put("listeners", "PLAINTEXT://" + host + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + host + ":" + quorumPort);
            config.put("advertised.listeners", "PLAINTEXT://" + host + ":" + brokerPort);
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
            config.put("inter.broker.listener.name", "PLAINTEXT");
            config.put("log.dirs", dir.toString());
            // one node: every replicated thing, internal topics included, has a single replica
            config.put("default.replication.factor", "1");
            config.put("min.insync.replicas", "1");
            config.put("offsets.topic.replication.factor", "1");
            config.put("offsets.topic.num.partitions", "6");
            config.put("transaction.state.log.replication.factor", "1");
            config.put("transaction.state.log.min.isr", "1");
            config.put("share.coordinator.state.topic.replication.factor", "1");
            config.put("share.coordinator.state.topic.min.isr", "1");
            // no other member will ever join, so a consumer group need not wait for one
            config.put("group.initial.rebalance.delay.ms", "0");
            // dead-letter and test topics appear on first use
            config.put("auto.create.topics.enable", "true");
            return config;
        }

        private static Path createTempDir() {
            try {
                return Files.createTempDirectory("embedded-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Like {@code kafka-storage format}; a formatted directory keeps its cluster id and data. */
        private static void formatIfNew(Path dir) {
            if (Files.exists(dir.resolve("meta.properties"))) {
                return;
            }
            try {
                new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setNodeId(NODE_ID)
                        .setClusterId(Uuid.randomUuid().toString())
                        .setControllerListenerName(CONTROLLER_LISTENER)
                        .addDirectory(dir.toString())
                        .setMetadataLogDirectory(dir.toString())
                        .run();
            } catch (Exception e) {
                throw new IllegalStateException("could not format Kafka storage in " + dir, e);
            }
        }
    }
}
