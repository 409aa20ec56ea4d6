package org.linkage.platform.messaging.intent;

import org.bson.Document;
import org.linkage.platform.events.EventEnvelope;

import java.time.Instant;
import java.util.List;

/**
 * One multi-document change, stored whole in a single document before any of it is applied.
 * Its events wait in {@code pendingEvents} and move to {@code outbox} (so the relay publishes them)
 * in the same write that marks the intent {@code DONE}.
 */
public record Intent(String id, String kind, IntentState state, Document payload, List<EventEnvelope> pendingEvents,
                     List<EventEnvelope> outbox, Instant createdAt, Instant completedAt, int attempts,
                     String lastError) {
}
