package org.linkage.platform.messaging.intent;

import org.bson.Document;
import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a multi-document change as one {@code PENDING} intent document, applies it, then marks it
 * {@code DONE} and hands its events to the outbox relay. Correct without multi-document
 * transactions: the intent is durable before any effect, appliers are idempotent, and the
 * {@link #finishPending} sweep completes what a crash interrupted.
 */
public class Intents {

    public static final String COLLECTION = "intents";
    private static final Logger log = LoggerFactory.getLogger(Intents.class);

    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;
    private final Clock clock;
    private final Map<String, IntentApplier<?>> appliers;

    public Intents(ReactiveMongoTemplate mongo, OutboxRelay relay, Clock clock, List<IntentApplier<?>> appliers) {
        this.mongo = mongo;
        this.relay = relay;
        this.clock = clock;
        this.appliers = appliers.stream().collect(Collectors.toUnmodifiableMap(IntentApplier::kind, Function.identity()));
    }

    /**
     * Stores the intent and tries to apply it at once. Submitting the same id twice is a no-op that
     * returns the stored intent, so a client retry never applies a change twice. Emits the intent
     * as it stands afterwards: {@code DONE}, or {@code PENDING} if applying failed and the sweeper
     * will finish it.
     */
    public Mono<Intent> submit(String id, String kind, Object payload, List<EventEnvelope> events) {
        applier(kind); // an unknown kind fails before anything is stored
        Document payloadDocument = new Document();
        mongo.getConverter().write(payload, payloadDocument);
        payloadDocument.remove("_class");
        Intent intent = new Intent(id, kind, IntentState.PENDING, payloadDocument, events, List.of(),
                clock.instant(), null, 0, null);
        return mongo.insert(intent, COLLECTION)
                .flatMap(this::finish)
                .onErrorResume(DuplicateKeyException.class, e -> find(id));
    }

    public Mono<Intent> find(String id) {
        return mongo.findById(id, Intent.class, COLLECTION);
    }

    /** Applies every pending intent older than {@code olderThan}; emits how many reached DONE. */
    public Mono<Long> finishPending(Duration olderThan) {
        Query pending = Query.query(Criteria.where("state").is(IntentState.PENDING)
                .and("createdAt").lt(clock.instant().minus(olderThan)));
        return mongo.find(pending, Intent.class, COLLECTION)
                .concatMap(this::finish)
                .filter(intent -> intent.state() == IntentState.DONE)
                .count();
    }

    private Mono<Intent> finish(Intent intent) {
        if (intent.state() == IntentState.DONE) {
            return Mono.just(intent);
        }
        return apply(intent)
                .then(Mono.defer(() -> complete(intent)))
                .onErrorResume(e -> recordFailure(intent, e));
    }

    @SuppressWarnings("unchecked")
    private <P> Mono<Void> apply(Intent intent) {
        IntentApplier<P> applier = (IntentApplier<P>) applier(intent.kind());
        P payload = mongo.getConverter().read(applier.payloadType(), intent.payload());
        return applier.apply(intent.id(), payload);
    }

    private Mono<Intent> complete(Intent intent) {
        Query stillPending = Query.query(Criteria.where("_id").is(intent.id()).and("state").is(IntentState.PENDING));
        Update done = new Update().set("state", IntentState.DONE)
                .set("completedAt", clock.instant())
                .set(Outbox.FIELD, intent.pendingEvents())
                .set("pendingEvents", List.of());
        return mongo.updateFirst(stillPending, done, COLLECTION)
                .then(relay.relay(COLLECTION, intent.id()))
                .then(find(intent.id()));
    }

    private Mono<Intent> recordFailure(Intent intent, Throwable error) {
        log.warn("intent {} ({}) not applied yet, the sweeper will retry: {}", intent.id(), intent.kind(), error.toString());
        Update failed = new Update().inc("attempts", 1).set("lastError", String.valueOf(error.getMessage()));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(intent.id())), failed, COLLECTION)
                .then(find(intent.id()));
    }

    private IntentApplier<?> applier(String kind) {
        IntentApplier<?> applier = appliers.get(kind);
        if (applier == null) {
            throw new IllegalArgumentException("no IntentApplier for kind " + kind);
        }
        return applier;
    }
}
