package org.linkage.taskdispatch.schedule;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A named lease in {@code leases}: {@code {_id, owner, expiresAt}}, taken or renewed with one atomic
 * findAndModify that matches only if this owner holds it or it has expired. Whoever holds it runs
 * the ticks; the others stand by and take over once it expires (or is released on shutdown).
 */
public class Lease {

    static final String COLLECTION = "leases";

    private final ReactiveMongoTemplate mongo;
    private final String name;
    private final String owner;
    private final Duration duration;

    public Lease(ReactiveMongoTemplate mongo, String name, String owner, Duration duration) {
        this.mongo = mongo;
        this.name = name;
        this.owner = owner;
        this.duration = duration;
    }

    /** Takes or renews the lease until {@code now + duration}; emits whether this owner holds it now. */
    public Mono<Boolean> acquire(Instant now) {
        Query free = Query.query(Criteria.where("_id").is(name)
                .orOperator(Criteria.where("owner").is(owner), Criteria.where("expiresAt").lt(Date.from(now))));
        Update take = new Update().set("owner", owner).set("expiresAt", Date.from(now.plus(duration)));
        return mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
                        Document.class, COLLECTION)
                .map(lease -> owner.equals(lease.getString("owner")))
                .defaultIfEmpty(false)
                // held by another: the upsert tries to insert a second document with the same _id
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(false));
    }

    /** Lets another replica take over at once; does nothing unless this owner holds it. */
    public Mono<Void> release() {
        Query mine = Query.query(Criteria.where("_id").is(name).and("owner").is(owner));
        return mongo.updateFirst(mine, new Update().set("expiresAt", new Date(0)), COLLECTION).then();
    }

    public String owner() {
        return owner;
    }
}
