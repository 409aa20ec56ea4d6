package org.linkage.platform.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.linkage.platform.messaging.config.MessagingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The recovery path: finds documents whose outbox a crash (or a broker outage) left non-empty and
 * relays them. It scans each outbox collection, so it runs seldom; the normal path is
 * {@link OutboxRelay#relay} right after each write. Several replicas may sweep at once: a
 * double publish is harmless because consumers dedupe by event id.
 * <p>
 * Also maintains {@code linkage.outbox.oldest.age}, the age of the oldest unpublished event.
 */
public class OutboxSweeper {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);
    private static final String FIRST_EVENT = Outbox.FIELD + ".0";

    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;
    private final List<String> collections;
    private final Duration minAge;
    private final Clock clock;
    private final AtomicLong oldestAgeMillis = new AtomicLong();

    public OutboxSweeper(ReactiveMongoTemplate mongo, OutboxRelay relay, MessagingProperties.Outbox properties,
                         Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.relay = relay;
        this.collections = properties.collections();
        this.minAge = properties.minAge();
        this.clock = clock;
        Gauge.builder("linkage.outbox.oldest.age", oldestAgeMillis, age -> age.get() / 1000.0)
                .description("Age in seconds of the oldest event not yet published (0 when none)")
                .baseUnit("seconds")
                .register(meters);
    }

    @Scheduled(initialDelayString = "${linkage.messaging.outbox.initial-delay:PT2S}",
            fixedDelayString = "${linkage.messaging.outbox.sweep-interval:PT30S}")
    public Mono<Void> scheduledSweep() {
        return sweep().onErrorResume(e -> {
            log.warn("outbox sweep failed: {}", e.toString());
            return Mono.empty();
        }).then();
    }

    /** Relays every pending outbox older than the minimum age; emits how many documents it relayed. */
    public Mono<Long> sweep() {
        Instant now = clock.instant();
        AtomicLong oldest = new AtomicLong(Long.MAX_VALUE);
        return Flux.fromIterable(collections)
                .concatMap(collection -> pendingIn(collection)
                        .doOnNext(document -> oldest.accumulateAndGet(oldestEventTime(document).toEpochMilli(), Math::min))
                        .filter(document -> oldestEventTime(document).isBefore(now.minus(minAge)))
                        .concatMap(document -> relay.publish(collection, document.get("_id")).thenReturn(1L)))
                .count()
                .doOnSuccess(ignored -> oldestAgeMillis.set(oldest.get() == Long.MAX_VALUE ? 0
                        : Math.max(0, now.toEpochMilli() - oldest.get())));
    }

    private Flux<Document> pendingIn(String collection) {
        Query withOutbox = Query.query(Criteria.where(FIRST_EVENT).exists(true));
        withOutbox.fields().include(Outbox.FIELD + "." + OutboxDocuments.TIME);
        return mongo.find(withOutbox, Document.class, collection);
    }

    private static Instant oldestEventTime(Document document) {
        return document.getList(Outbox.FIELD, Document.class, List.of()).stream()
                .map(entry -> entry.getDate(OutboxDocuments.TIME))
                .filter(Objects::nonNull)
                .map(Date::toInstant)
                .min(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }
}
