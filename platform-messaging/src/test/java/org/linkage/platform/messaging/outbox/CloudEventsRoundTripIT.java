package org.linkage.platform.messaging.outbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.EventJson;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.task.TaskIssued;
import org.linkage.platform.messaging.testapp.MessagingIntegrationTest;
import org.linkage.platform.messaging.testapp.Note;
import org.linkage.platform.test.KafkaWire;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MessagingIntegrationTest
@AutoConfigureWebTestClient
class CloudEventsRoundTripIT {

    @Autowired
    WebTestClient http;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aWriteReachesTheBrokerAsABinaryModeCloudEventKeyedByAggregate() {
        String id = "note-" + UUID.randomUUID();

        http.post().uri("/notes").bodyValue(Map.of("id", id, "text", "入户走访"))
                .exchange().expectStatus().isCreated();

        List<ConsumerRecord<String, byte[]>> records = KafkaWire.records(Topics.TASK_EVENTS,
                record -> id.equals(record.key()), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(KafkaWire.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaWire.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaWire.header(record, CloudEventHeaders.TYPE)).isEqualTo("linkage.task.TaskIssued.v1");
        assertThat(KafkaWire.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/linkage/messaging-test");
        assertThat(KafkaWire.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(Instant.parse(KafkaWire.header(record, CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
        assertThat(KafkaWire.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        TaskIssued body = EventJson.read(new String(record.value(), StandardCharsets.UTF_8), TaskIssued.class);
        assertThat(body.taskId()).isEqualTo(id);
        assertThat(body.title()).isEqualTo("入户走访");

        Document stored = mongo.findById(id, Document.class, Note.COLLECTION).block();
        assertThat(stored.getList("outbox", Document.class)).as("published events leave the outbox").isEmpty();
    }
}
