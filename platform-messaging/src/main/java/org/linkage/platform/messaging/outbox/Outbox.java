package org.linkage.platform.messaging.outbox;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventCatalog;
import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.EventJson;

import java.time.Clock;
import java.util.UUID;

/**
 * Turns a domain event into the envelope a service appends to its aggregate's {@code outbox}
 * array in the same single-document write as the state change. Nothing is sent here: the
 * {@link OutboxRelay} publishes after the write succeeded.
 */
public class Outbox {

    /** The array field holding unpublished events inside every aggregate document. */
    public static final String FIELD = "outbox";

    private final String source;
    private final Clock clock;
    private final TraceContext traceContext;

    public Outbox(String source, Clock clock, TraceContext traceContext) {
        this.source = source;
        this.clock = clock;
        this.traceContext = traceContext;
    }

    /**
     * @param event the payload
     * @param key   the Kafka key that orders it: the root task id, the district id…
     */
    public EventEnvelope envelope(DomainEvent event, String key) {
        Class<? extends DomainEvent> type = event.getClass();
        return new EventEnvelope(UUID.randomUUID().toString(), EventCatalog.typeOf(type), source,
                event.subject(), clock.instant(), EventCatalog.topicOf(type), key,
                traceContext.currentTraceparent(), EventJson.write(event));
    }
}
