package org.linkage.platform.messaging.inbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Idempotent consumer: remembers which events each consumer has handled, keyed by
 * {@code consumer/eventId} as the document id (so the check is a lookup by {@code _id}).
 * <p>
 * The handler runs first and the event is recorded after it succeeded. Kafka redelivery of a
 * handled event is therefore skipped; a crash between the handler and the record runs the
 * handler again, so handlers keep their own writes idempotent too (deterministic ids,
 * conditional updates). That is the trade: never lose an event, rarely repeat a write that is
 * safe to repeat.
 */
public class Inbox {

    static final String COLLECTION = "inbox";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public Inbox(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Runs the handler unless this consumer already handled the event; emits whether it ran. */
    public Mono<Boolean> once(String consumer, String eventId, Supplier<Mono<?>> handler) {
        String id = key(consumer, eventId);
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), Entry.class, COLLECTION)
                .flatMap(handled -> handled ? Mono.just(false)
                        : Mono.defer(handler).then(record(id, consumer, eventId)).thenReturn(true));
    }

    public Mono<Boolean> handled(String consumer, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key(consumer, eventId))), Entry.class, COLLECTION);
    }

    private Mono<Void> record(String id, String consumer, String eventId) {
        return mongo.insert(new Entry(id, consumer, eventId, clock.instant()), COLLECTION)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty()) // a racing replica got there first
                .then();
    }

    static String key(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }

    /** One handled event. The unique (consumer, eventId) index is for real MongoDB; the id already is unique. */
    @Document(COLLECTION)
    @CompoundIndex(name = "consumer_event", def = "{'consumer': 1, 'eventId': 1}", unique = true)
    record Entry(@Id String id, String consumer, String eventId, Instant handledAt) {
    }
}
