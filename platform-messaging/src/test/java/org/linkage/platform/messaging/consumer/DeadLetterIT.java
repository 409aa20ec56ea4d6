package org.linkage.platform.messaging.consumer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.task.TaskIssued;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.testapp.Handled;
import org.linkage.platform.messaging.testapp.HandledEvents;
import org.linkage.platform.messaging.testapp.MessagingIntegrationTest;
import org.linkage.platform.messaging.testapp.TestEvents;
import org.linkage.platform.test.KafkaWire;
import org.linkage.platform.test.RealStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Poison events end in {@code linkage.task.events.messaging-test.dlq}, and the consumer moves on. */
@MessagingIntegrationTest
class DeadLetterIT {

    static final String DLQ = Topics.deadLetter(Topics.TASK_EVENTS, "messaging-test");

    @Autowired
    Outbox outbox;
    @Autowired
    EventPublisher publisher;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @Test
    void anUnreadableBodyGoesStraightToTheDeadLetterTopicAndLaterEventsAreStillHandled() {
        String poisonKey = "poison-" + UUID.randomUUID();
        double malformedBefore = malformed();
        sendRaw(poisonKey, "{not json", "linkage.task.TaskIssued.v1", UUID.randomUUID().toString());

        assertThat(KafkaWire.records(DLQ, record -> poisonKey.equals(record.key()), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(malformed() - malformedBefore).as("tried once, not retried").isEqualTo(1.0);
        String next = publishIssued("after-poison-" + UUID.randomUUID(), "normal");
        assertThat(Handled.settle(mongo, next).count()).isEqualTo(1);
    }

    @Test
    void aRecordWithoutCloudEventsAttributesGoesToTheDeadLetterTopic() {
        String key = "no-id-" + UUID.randomUUID();
        sendRaw(key, "{}", "linkage.task.TaskIssued.v1", null);

        assertThat(KafkaWire.records(DLQ, record -> key.equals(record.key()), 1, Duration.ofSeconds(30))).hasSize(1);
    }

    @Test
    void aHandlerThatKeepsFailingGoesToTheDeadLetterTopicAfterItsRetries() {
        String id = publishIssued("failing-" + UUID.randomUUID(), HandledEvents.ALWAYS_FAILS);

        var dead = KafkaWire.records(DLQ, record -> id.equals(record.key()), 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(KafkaWire.header(dead.get(0), CloudEventHeaders.TYPE))
                .as("the original headers travel with it").isEqualTo("linkage.task.TaskIssued.v1");
    }

    @Test
    void anUnknownEventTypeIsSkippedNotDeadLettered() {
        String key = "future-" + UUID.randomUUID();
        sendRaw(key, "{\"x\":1}", "linkage.task.SomethingNew.v1", UUID.randomUUID().toString());
        String next = publishIssued("after-future-" + UUID.randomUUID(), "normal");

        assertThat(Handled.settle(mongo, next).count()).isEqualTo(1);
        assertThat(KafkaWire.records(DLQ, record -> key.equals(record.key()), 1, Duration.ofSeconds(2))).isEmpty();
    }

    private double malformed() {
        var counter = meters.find("linkage.events.consumed").tags("consumer", "messaging-test", "outcome", "malformed").counter();
        return counter == null ? 0 : counter.count();
    }

    private String publishIssued(String id, String title) {
        publisher.send(outbox.envelope(TestEvents.issued(id, title), id)).block();
        return id;
    }

    private static void sendRaw(String key, String body, String type, String id) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealStack.get().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            var record = new ProducerRecord<String, byte[]>(Topics.TASK_EVENTS, key, body.getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC.getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
            if (id != null) {
                record.headers().add(CloudEventHeaders.ID, id.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
