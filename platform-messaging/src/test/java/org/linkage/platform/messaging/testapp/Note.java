package org.linkage.platform.messaging.testapp;

import org.linkage.platform.events.EventEnvelope;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** A toy aggregate with its outbox inside the document, like every Linkage aggregate. */
@Document(Note.COLLECTION)
public record Note(@Id String id, String text, List<EventEnvelope> outbox) {

    public static final String COLLECTION = "notes";
}
