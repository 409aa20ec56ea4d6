package org.linkage.platform.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;
import org.linkage.platform.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Publishes the outbox of one aggregate document, in order, then removes exactly the published
 * entries. Both steps address the document by {@code _id} only, the one lookup the embedded store
 * serves without a scan.
 * <p>
 * A crash before the publish leaves the events in the document for the {@link OutboxSweeper};
 * a crash after the publish but before the removal publishes them again, and consumers drop the
 * duplicate by event id.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int IN_FLIGHT = 256;

    private final ReactiveMongoTemplate mongo;
    private final EventPublisher publisher;
    private final Clock clock;
    private final Timer lag;
    private final Counter published;
    private final Counter failures;

    public OutboxRelay(ReactiveMongoTemplate mongo, EventPublisher publisher, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.clock = clock;
        this.lag = Timer.builder("linkage.outbox.relay.lag")
                .description("Time from the state change to the event being on the broker")
                .publishPercentileHistogram()
                .register(meters);
        this.published = Counter.builder("linkage.outbox.published").register(meters);
        this.failures = Counter.builder("linkage.outbox.publish.failures").register(meters);
    }

    /**
     * Call right after a successful write of the document. Never fails the caller's request:
     * the state change is committed, and a failed publish is retried by the sweeper.
     */
    public Mono<Void> relay(String collection, Object id) {
        return publish(collection, id)
                .onErrorResume(e -> {
                    failures.increment();
                    log.warn("outbox of {}/{} not published yet, the sweeper will retry: {}", collection, id, e.toString());
                    return Mono.empty();
                });
    }

    /** Publishes and removes the document's pending events; errors propagate. */
    public Mono<Void> publish(String collection, Object id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(Outbox.FIELD);
        return mongo.findOne(byId, Document.class, collection)
                .flatMap(document -> {
                    List<EventEnvelope> pending = document.getList(Outbox.FIELD, Document.class, List.of())
                            .stream().map(OutboxDocuments::fromDocument).toList();
                    if (pending.isEmpty()) {
                        return Mono.empty();
                    }
                    // sends are issued in order and pipelined; the idempotent producer keeps per-key order
                    return Flux.fromIterable(pending)
                            .flatMapSequential(envelope -> publisher.send(envelope)
                                    .doOnSuccess(ignored -> recordPublished(envelope)), IN_FLIGHT)
                            .then(removePublished(collection, id, pending));
                });
    }

    private Mono<Void> removePublished(String collection, Object id, List<EventEnvelope> published) {
        List<String> ids = published.stream().map(EventEnvelope::id).toList();
        Update pull = new Update().pull(Outbox.FIELD,
                Query.query(Criteria.where(OutboxDocuments.EVENT_ID).in(ids)));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), pull, collection).then();
    }

    private void recordPublished(EventEnvelope envelope) {
        published.increment();
        lag.record(Duration.between(envelope.time(), clock.instant()));
    }
}
