package org.linkage.organization.user;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.outbox.OutboxDocuments;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Reads and writes of users. Single lookups go by {@code _id} or the unique {@code username}, the
 * indexes the embedded store serves; listing an organisation's users scans, which users can afford.
 */
@Component
public class UserStore {

    private final ReactiveMongoTemplate mongo;

    public UserStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<User> findById(String id) {
        return mongo.findById(id, User.class, User.COLLECTION);
    }

    public Mono<User> findByUsername(String username) {
        return mongo.findOne(Query.query(Criteria.where("username").is(username)), User.class, User.COLLECTION);
    }

    public Flux<User> findByOrg(String orgId) {
        return mongo.find(Query.query(Criteria.where("orgId").is(orgId)).with(Sort.by("username")), User.class, User.COLLECTION);
    }

    /** Fails with {@code DuplicateKeyException} when the id or username is taken; nothing is written then. */
    public Mono<User> insert(User user) {
        return mongo.insert(user, User.COLLECTION);
    }

    /**
     * Stores {@code next} (the disabled flag is the one mutable field so far) if the stored user is
     * still at {@code next.version() - 1}, appending its events to the outbox.
     *
     * @throws OptimisticLockingFailureException (as the Mono's error) when someone else changed it first
     */
    public Mono<User> update(User next, List<EventEnvelope> events) {
        Query current = Query.query(Criteria.where("_id").is(next.id()).and("version").is(next.version() - 1));
        Update update = new Update()
                .set("disabled", next.disabled())
                .set("version", next.version())
                .set("updatedAt", next.updatedAt())
                .push(Outbox.FIELD).each(OutboxDocuments.toDocuments(events).toArray());
        return mongo.updateFirst(current, update, User.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 1 ? Mono.just(next.withOutbox(events))
                        : Mono.error(new OptimisticLockingFailureException("user " + next.id() + " changed concurrently")));
    }
}
