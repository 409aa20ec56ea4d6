package org.linkage.platform.messaging.consumer;

import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.EventJson;
import org.linkage.platform.events.MalformedEventException;
import org.linkage.platform.messaging.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the CloudEvents headers, routes by {@code ce_type}, deserialises the body and runs the
 * handler through the inbox. A record that can never succeed (no id or type, unreadable body)
 * throws {@link MalformedEventException}, which the binder sends to the DLQ without retrying;
 * a type this build does not know is skipped, so producers can add types before consumers.
 */
final class DispatchingConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(DispatchingConsumer.class);

    private final String consumerName;
    private final Map<String, EventConsumers.Route<?>> routes;
    private final Inbox inbox;
    private final Duration timeout;
    private final ConsumerOutcomes outcomes;

    DispatchingConsumer(String consumerName, Map<String, EventConsumers.Route<?>> routes, Inbox inbox, Duration timeout,
                        ConsumerOutcomes outcomes) {
        this.consumerName = consumerName;
        this.routes = routes;
        this.inbox = inbox;
        this.timeout = timeout;
        this.outcomes = outcomes;
    }

    @Override
    public void accept(Message<byte[]> message) {
        try {
            EventMetadata metadata = metadata(message.getHeaders());
            EventConsumers.Route<?> route = routes.get(metadata.type());
            if (route == null) {
                log.debug("{} skips {} {}: no handler for this type", consumerName, metadata.type(), metadata.id());
                outcomes.count("skipped");
                return;
            }
            // blocking is fine here: this is the binder's listener thread, one record at a time
            Boolean ran = inbox.once(consumerName, metadata.id(), () -> handle(route, message.getPayload(), metadata))
                    .block(timeout);
            outcomes.count(Boolean.TRUE.equals(ran) ? "handled" : "duplicate");
        } catch (MalformedEventException e) {
            outcomes.count("malformed");
            throw e;
        }
    }

    private static <T> Mono<?> handle(EventConsumers.Route<T> route, byte[] body, EventMetadata metadata) {
        T event = EventJson.read(body, route.type());
        return route.handler().handle(event, metadata);
    }

    static EventMetadata metadata(MessageHeaders headers) {
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        return new EventMetadata(id, type, text(headers, CloudEventHeaders.SOURCE), text(headers, CloudEventHeaders.SUBJECT),
                time(text(headers, CloudEventHeaders.TIME)), text(headers, KafkaHeaders.RECEIVED_TOPIC),
                text(headers, KafkaHeaders.RECEIVED_KEY), text(headers, CloudEventHeaders.TRACEPARENT));
    }

    private static String required(MessageHeaders headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents header " + name + " among " + headers.keySet());
        }
        return value;
    }

    /**
     * Kafka headers arrive as bytes unless a producer registered their type; accept both. Spring Cloud
     * Function may rename {@code ce_x} to its canonical {@code ce-x}; accept both spellings too.
     */
    private static String text(MessageHeaders headers, String name) {
        Object value = headers.containsKey(name) ? headers.get(name) : headers.get(name.replaceFirst("^ce_", "ce-"));
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 instant: " + value, e);
        }
    }
}
