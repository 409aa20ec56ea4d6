package org.linkage.taskdispatch.schedule;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Fires due items, one replica at a time. Each tick, the replica that holds the {@link Lease} (taken
 * or renewed first) reads the buckets from its cursor to the current minute by {@code _id}, calls the
 * handler of each item that is due, oldest first, and removes an item from its bucket only after its
 * handler succeeded: a crash mid-bucket loses nothing, it fires the rest (and maybe the last one
 * again) on the next holder's tick. An item whose handler fails moves to a later bucket, so one bad
 * item never holds the cursor back.
 */
public class Scheduler {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);
    static final String STATE = "scheduler_state";
    private static final String CURSOR = "cursor";
    private static final int MAX_BUCKETS_PER_TICK = 1440;
    private static final Duration HANDLER_TIMEOUT = Duration.ofSeconds(30);
    /** How far behind now the cursor stays: ticks re-read these few buckets by id, for clock skew and slow writers. */
    static final Duration CURSOR_LAG = Duration.ofMinutes(5);

    private final ReactiveMongoTemplate mongo;
    private final DueItems items;
    private final Lease lease;
    private final Map<String, DueHandler> handlers;
    private final ScheduleProperties properties;
    private final Clock clock;

    public Scheduler(ReactiveMongoTemplate mongo, DueItems items, Lease lease, List<DueHandler> handlers,
                     ScheduleProperties properties, Clock clock) {
        this.mongo = mongo;
        this.items = items;
        this.lease = lease;
        this.handlers = handlers.stream().collect(Collectors.toMap(DueHandler::kind, Function.identity()));
        this.properties = properties;
        this.clock = clock;
    }

    /** One tick; emits how many items fired, 0 when another replica holds the lease. */
    public Mono<Integer> tick() {
        Instant now = clock.instant();
        return lease.acquire(now).flatMap(held -> held ? fireDue(now) : Mono.just(0));
    }

    private Mono<Integer> fireDue(Instant now) {
        return cursor(now).flatMap(from -> {
            List<String> keys = Buckets.range(from, now, MAX_BUCKETS_PER_TICK);
            Query elapsed = Query.query(Criteria.where("_id").in(keys)).with(Sort.by("_id"));
            return mongo.find(elapsed, Document.class, DueItems.COLLECTION)
                    .concatMap(bucket -> fireBucket(bucket, now))
                    .reduce(0, Integer::sum)
                    .flatMap(fired -> advance(keys, now).thenReturn(fired));
        });
    }

    private Mono<Integer> fireBucket(Document bucket, Instant now) {
        String key = bucket.getString("_id");
        List<Document> due = bucket.getList(DueItems.ITEMS, Document.class, List.of()).stream()
                .filter(item -> !item.getDate(DueItems.AT).toInstant().isAfter(now))
                .sorted(Comparator.comparing((Document item) -> item.getDate(DueItems.AT)))
                .toList();
        return Flux.fromIterable(due)
                .concatMap(item -> fire(key, item, now))
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> fire(String bucket, Document item, Instant now) {
        String kind = item.getString(DueItems.KIND);
        String itemId = item.getString(DueItems.ID);
        Instant dueAt = item.getDate(DueItems.AT).toInstant();
        DueHandler handler = handlers.get(kind);
        Mono<Void> run = handler == null
                ? Mono.error(new IllegalStateException("no handler for due items of kind " + kind))
                : Mono.defer(() -> handler.fire(itemId, dueAt)).timeout(HANDLER_TIMEOUT);
        return run.then(items.remove(bucket, kind, itemId, dueAt)).thenReturn(1)
                .onErrorResume(e -> {
                    log.warn("due item {} {} failed, retrying in {}: {}", kind, itemId, properties.retryDelay(), e.toString());
                    // added to the later bucket before it leaves this one: a crash in between fires it twice, never zero times
                    return items.add(Buckets.keyOf(now.plus(properties.retryDelay())), kind, itemId, dueAt)
                            .then(items.remove(bucket, kind, itemId, dueAt))
                            .thenReturn(0)
                            .onErrorResume(again -> Mono.just(0));
                });
    }

    /** Where this tick starts: a few minutes back from the last tick (buckets before are drained), or the catch-up window on a fresh store. */
    private Mono<Instant> cursor(Instant now) {
        return mongo.findById(CURSOR, Document.class, STATE)
                .map(state -> Buckets.startOf(state.getString("from")))
                .defaultIfEmpty(now.minus(properties.catchUp()));
    }

    private Mono<Void> advance(List<String> readKeys, Instant now) {
        Instant drainedUpTo = now.minus(CURSOR_LAG);
        String last = readKeys.get(readKeys.size() - 1);
        // a tick capped before reaching now continues where it stopped
        Instant next = Buckets.startOf(last).isBefore(drainedUpTo) ? Buckets.startOf(last) : drainedUpTo;
        Update update = new Update().set("from", Buckets.keyOf(next)).set("at", Date.from(now)).set("by", lease.owner());
        return mongo.upsert(Query.query(Criteria.where("_id").is(CURSOR)), update, STATE)
                .then(dropDrained(readKeys, next));
    }

    /** Empty buckets before the cursor are deleted; nothing is added to them any more (items go to the current minute or later). */
    private Mono<Void> dropDrained(List<String> readKeys, Instant cursor) {
        List<String> before = readKeys.stream().filter(key -> Buckets.startOf(key).isBefore(cursor)).toList();
        if (before.isEmpty()) {
            return Mono.empty();
        }
        Query emptyOnes = Query.query(Criteria.where("_id").in(before).and(DueItems.ITEMS).size(0));
        return mongo.remove(emptyOnes, DueItems.COLLECTION).then();
    }

    public Mono<Void> release() {
        return lease.release();
    }
}
