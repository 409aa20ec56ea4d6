package org.linkage.platform.messaging.outbox;

import org.bson.Document;
import org.linkage.platform.events.EventEnvelope;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import java.util.List;

/** Lets aggregates declare {@code List<EventEnvelope> outbox} and be saved with their events. */
public final class OutboxConverters {

    private OutboxConverters() {
    }

    public static List<Converter<?, ?>> all() {
        return List.of(new EnvelopeToDocument(), new DocumentToEnvelope());
    }

    @WritingConverter
    static final class EnvelopeToDocument implements Converter<EventEnvelope, Document> {
        @Override
        public Document convert(EventEnvelope source) {
            return OutboxDocuments.toDocument(source);
        }
    }

    @ReadingConverter
    static final class DocumentToEnvelope implements Converter<Document, EventEnvelope> {
        @Override
        public EventEnvelope convert(Document source) {
            return OutboxDocuments.fromDocument(source);
        }
    }
}
