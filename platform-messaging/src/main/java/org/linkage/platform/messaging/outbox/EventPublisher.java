package org.linkage.platform.messaging.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.EventEnvelope;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * Sends one envelope as a CloudEvents binary-mode Kafka record: attributes in {@code ce_*} headers,
 * the JSON body as the value, keyed by the envelope's key. The producer is idempotent with
 * {@code acks=all}, so a completed send is durable on the broker.
 */
public class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;

    public EventPublisher(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    public Mono<Void> send(EventEnvelope envelope) {
        return Mono.fromFuture(() -> kafka.send(record(envelope))).then();
    }

    static ProducerRecord<String, byte[]> record(EventEnvelope envelope) {
        return new ProducerRecord<>(envelope.topic(), null, envelope.key(),
                envelope.data().getBytes(StandardCharsets.UTF_8), headers(envelope));
    }

    private static Headers headers(EventEnvelope envelope) {
        Headers headers = new RecordHeaders();
        add(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC);
        add(headers, CloudEventHeaders.ID, envelope.id());
        add(headers, CloudEventHeaders.TYPE, envelope.type());
        add(headers, CloudEventHeaders.SOURCE, envelope.source());
        add(headers, CloudEventHeaders.SUBJECT, envelope.subject());
        add(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(envelope.time()));
        add(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        // the trace of the request that caused the change, restored across the outbox
        add(headers, CloudEventHeaders.TRACEPARENT, envelope.traceparent());
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
