package org.linkage.taskdispatch.schedule;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Items that come due at an instant, stored in minute buckets ({@code due_items}, one document per
 * minute keyed by {@code _id}); the lease holder's {@link Scheduler} fires them through the
 * {@link DueHandler} of their kind. Scheduling the same item twice stores it once; every write
 * addresses one bucket by {@code _id}.
 */
@Component
public class DueItems {

    static final String COLLECTION = "due_items";
    static final String ITEMS = "items";
    static final String KIND = "k";
    static final String ID = "i";
    static final String AT = "at";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public DueItems(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Idempotent. An item due in the past fires on the next tick. */
    public Mono<Void> schedule(String kind, String itemId, Instant dueAt) {
        return add(Buckets.target(dueAt, clock.instant()), kind, itemId, dueAt);
    }

    /**
     * Removes the item from its bucket, if it is still there. Handlers should check their own state
     * all the same: an item that had already fired, or was moved for a retry, is not found here.
     */
    public Mono<Void> cancel(String kind, String itemId, Instant dueAt) {
        return remove(Buckets.keyOf(dueAt), kind, itemId, dueAt);
    }

    Mono<Void> add(String bucket, String kind, String itemId, Instant dueAt) {
        Update update = new Update().addToSet(ITEMS, item(kind, itemId, dueAt));
        // two first schedules into one new bucket race on the upsert; the loser adds to the winner's document
        return Mono.defer(() -> mongo.upsert(Query.query(Criteria.where("_id").is(bucket)), update, COLLECTION))
                .retryWhen(Retry.max(3).filter(DuplicateKeyException.class::isInstance))
                .then();
    }

    Mono<Void> remove(String bucket, String kind, String itemId, Instant dueAt) {
        Update pull = new Update().pull(ITEMS, Query.query(Criteria.where(KIND).is(kind).and(ID).is(itemId)
                .and(AT).is(Date.from(dueAt))));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(bucket)), pull, COLLECTION).then();
    }

    static Document item(String kind, String itemId, Instant dueAt) {
        return new Document(KIND, kind).append(ID, itemId).append(AT, Date.from(Instant.ofEpochMilli(dueAt.toEpochMilli())));
    }
}
