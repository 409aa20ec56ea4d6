package org.linkage.platform.messaging.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxDocumentsTests {

    final EventEnvelope envelope = new EventEnvelope("e-1", "linkage.task.TaskIssued.v1", "/linkage/test", "task-1",
            Instant.now().truncatedTo(ChronoUnit.MILLIS), "linkage.task.events", "task-1",
            "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "{\"taskId\":\"task-1\"}");

    @Test
    void anEnvelopeSurvivesTheStoredShape() {
        Document stored = OutboxDocuments.toDocument(envelope);

        assertThat(stored.getString("eventId")).as("never remapped to _id").isEqualTo("e-1");
        assertThat(OutboxDocuments.fromDocument(stored)).isEqualTo(envelope);
    }

    @Test
    void theKafkaRecordCarriesTheCloudEventsAttributesAsHeaders() {
        ProducerRecord<String, byte[]> record = EventPublisher.record(envelope);

        assertThat(record.topic()).isEqualTo("linkage.task.events");
        assertThat(record.key()).isEqualTo("task-1");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo(envelope.data());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo("e-1");
        assertThat(header(record, "ce_type")).isEqualTo("linkage.task.TaskIssued.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/linkage/test");
        assertThat(header(record, "ce_subject")).isEqualTo("task-1");
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(envelope.time());
        assertThat(header(record, "traceparent")).isEqualTo(envelope.traceparent());
    }

    @Test
    void theTraceIdIsReadFromATraceparent() {
        assertThat(TraceContext.traceIdOf(envelope.traceparent())).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(TraceContext.traceIdOf("garbage")).isNull();
    }

    private static String header(ProducerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
