package org.linkage.platform.messaging.inbox;

import org.linkage.platform.messaging.config.MessagingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

/**
 * Forgets handled event ids older than the retention. A scheduled delete rather than a TTL index,
 * because the embedded store ignores TTL indexes. Idempotent, so every replica may run it.
 */
public class InboxPurger {

    private static final Logger log = LoggerFactory.getLogger(InboxPurger.class);

    private final ReactiveMongoTemplate mongo;
    private final Duration retention;
    private final Clock clock;

    public InboxPurger(ReactiveMongoTemplate mongo, MessagingProperties.Inbox properties, Clock clock) {
        this.mongo = mongo;
        this.retention = properties.retention();
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${linkage.messaging.inbox.purge-interval:PT1H}",
            fixedDelayString = "${linkage.messaging.inbox.purge-interval:PT1H}")
    public Mono<Void> scheduledPurge() {
        return purge().onErrorResume(e -> {
            log.warn("inbox purge failed: {}", e.toString());
            return Mono.empty();
        }).then();
    }

    /** Emits how many entries were removed. */
    public Mono<Long> purge() {
        Query old = Query.query(Criteria.where("handledAt").lt(clock.instant().minus(retention)));
        return mongo.remove(old, Inbox.COLLECTION).map(result -> result.getDeletedCount());
    }
}
