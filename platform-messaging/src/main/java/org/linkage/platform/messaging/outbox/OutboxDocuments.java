package org.linkage.platform.messaging.outbox;

import org.bson.Document;
import org.linkage.platform.events.EventEnvelope;

import java.util.Date;
import java.util.List;

/**
 * The stored shape of an outbox entry. Written by hand, not by the mapping layer, so field names
 * stay stable ({@code eventId}, never a remapped {@code _id}) and the relay can {@code $pull} by them.
 */
public final class OutboxDocuments {

    static final String EVENT_ID = "eventId";
    static final String TIME = "time";

    private OutboxDocuments() {
    }

    public static Document toDocument(EventEnvelope envelope) {
        return new Document(EVENT_ID, envelope.id())
                .append("type", envelope.type())
                .append("source", envelope.source())
                .append("subject", envelope.subject())
                .append(TIME, Date.from(envelope.time()))
                .append("topic", envelope.topic())
                .append("key", envelope.key())
                .append("traceparent", envelope.traceparent())
                .append("data", envelope.data());
    }

    public static List<Document> toDocuments(List<EventEnvelope> envelopes) {
        return envelopes.stream().map(OutboxDocuments::toDocument).toList();
    }

    public static EventEnvelope fromDocument(Document document) {
        return new EventEnvelope(document.getString(EVENT_ID), document.getString("type"),
                document.getString("source"), document.getString("subject"),
                document.getDate(TIME).toInstant(), document.getString("topic"), document.getString("key"),
                document.getString("traceparent"), document.getString("data"));
    }
}
