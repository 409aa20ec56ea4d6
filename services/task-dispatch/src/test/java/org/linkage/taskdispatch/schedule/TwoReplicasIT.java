package org.linkage.taskdispatch.schedule;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.Topics;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.test.RealStack;
import org.linkage.platform.test.WithRealStack;
import org.linkage.taskdispatch.TaskDispatchApplication;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TestTree;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.test.KafkaWire;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * Two instances of the service on one database and one broker, as two replicas would run: N
 * deadlines pass and each fires exactly once (counted on the wire with a raw consumer), and when
 * the lease holder stops, the other takes over and the next N fire exactly once too.
 */
@WithRealStack
class TwoReplicasIT {

    private static final int COMMUNITIES = 5;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

    @AfterEach
    void stop() {
        replicas.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext replica(String name) {
        RealStack stack = RealStack.get();
        String database = "task-dispatch-replicas-" + run;
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        properties.put("spring.kafka.bootstrap-servers", stack.bootstrapServers());
        properties.put("spring.cloud.stream.kafka.binder.brokers", stack.bootstrapServers());
        properties.put("spring.mongodb.uri", stack.mongoUri(database));
        properties.put("spring.mongodb.database", database);
        // only what issuing and deadlines need, in groups of their own: the JVM's other test context keeps its partitions
        properties.put("spring.cloud.function.definition", "orgSnapshots;deadlines");
        properties.put("spring.cloud.stream.bindings.orgSnapshots-in-0.group", "replicas-" + run + ".org-directory");
        properties.put("spring.cloud.stream.bindings.deadlines-in-0.group", "replicas-" + run + ".deadlines");
        properties.put("linkage.schedule.owner", name);
        // as command-line arguments: they win over application.yml, as the real stack's properties do in a test context
        String[] args = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TaskDispatchApplication.class).run(args);
        replicas.add(context);
        return context;
    }

    @Test
    void eachDeadlineFiresOnceWithTwoReplicasAndAfterTheLeaseHolderStops() {
        ConfigurableApplicationContext a = replica("replica-a");
        ConfigurableApplicationContext b = replica("replica-b");
        WebTestClient http = WebTestClient.bindToApplicationContext(a).apply(springSecurity()).configureClient()
                .responseTimeout(Duration.ofSeconds(30)).build();
        TaskApi api = new TaskApi(http);
        TestTree tree = new TestTree(a.getBean(EventPublisher.class), a.getBean(Outbox.class), a.getBean(OrgDirectory.class),
                COMMUNITIES, COMMUNITIES);

        String first = issue(api, tree, Instant.now().plusSeconds(8));
        String second = issue(api, tree, Instant.now().plusSeconds(25));

        List<String> firstFired = awaitReceiptOverdue(first, 2 * COMMUNITIES);
        assertThat(firstFired).as("both replicas running: every deadline once").hasSize(2 * COMMUNITIES).doesNotHaveDuplicates();

        String holder = a.getBean(ReactiveMongoTemplate.class).findById("scheduler", Document.class, Lease.COLLECTION)
                .map(lease -> lease.getString("owner")).block();
        assertThat(holder).isIn("replica-a", "replica-b");
        ConfigurableApplicationContext stopping = "replica-a".equals(holder) ? a : b;
        stopping.close();
        replicas.remove(stopping);

        List<String> secondFired = awaitReceiptOverdue(second, 2 * COMMUNITIES);
        assertThat(secondFired).as("the other replica took over: every deadline once").hasSize(2 * COMMUNITIES)
                .doesNotHaveDuplicates();
        assertThat(awaitReceiptOverdue(first, Integer.MAX_VALUE)).as("nothing of the first fired again").hasSize(2 * COMMUNITIES);
    }

    private static String issue(TaskApi api, TestTree tree, Instant receiptDueAt) {
        Map<String, Object> body = TaskApi.task("DIRECT", "ALL_COMMUNITIES");
        body.put("title", "第" + receiptDueAt.getEpochSecond() + "号任务：楼道堆物清理");
        body.put("receiptDueAt", receiptDueAt.toString());
        return (String) api.issue(tree.district().officer(), body).get("id");
    }

    /**
     * The subjects of the task's AssignmentReceiptOverdue events on the wire, once {@code expected} are
     * there (or 90 s passed) and three more ticks went by, so a second firing would show.
     */
    private static List<String> awaitReceiptOverdue(String taskId, int expected) {
        Instant deadline = Instant.now().plusSeconds(90);
        List<String> subjects = receiptOverdue(taskId);
        while (subjects.size() < expected && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofSeconds(1));
            subjects = receiptOverdue(taskId);
        }
        sleep(Duration.ofSeconds(3));
        return receiptOverdue(taskId);
    }

    private static List<String> receiptOverdue(String taskId) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealStack.get().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<String> subjects = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TASK_EVENTS, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(Topics.TASK_EVENTS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long stopAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < stopAt) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (taskId.equals(record.key())
                            && "linkage.task.AssignmentReceiptOverdue.v1".equals(KafkaWire.header(record, CloudEventHeaders.TYPE))) {
                        subjects.add(KafkaWire.header(record, CloudEventHeaders.SUBJECT));
                    }
                });
            }
        }
        return subjects;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
