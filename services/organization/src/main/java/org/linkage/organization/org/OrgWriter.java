package org.linkage.organization.org;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.outbox.OutboxDocuments;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.linkage.platform.web.problem.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * Single-document writes of an organisation together with its events, then the in-process relay.
 * Updates match {@code {_id, version}} (a unique index the embedded store can use), so a concurrent
 * change loses with 409 instead of being overwritten.
 */
@Component
class OrgWriter {

    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;

    OrgWriter(ReactiveMongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    Mono<Org> insert(Org org) {
        return mongo.insert(org, Org.COLLECTION)
                .onErrorMap(DuplicateKeyException.class, e -> codeInUse(org.code()))
                .flatMap(saved -> relay.relay(Org.COLLECTION, saved.id()).thenReturn(saved));
    }

    /** Replaces the fields of {@code after} on the document still at {@code before.version()}. */
    Mono<Org> update(Org before, Org after, List<EventEnvelope> events) {
        Query current = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
        Update update = new Update()
                .set("code", after.code())
                .set("name", after.name())
                .set("kind", after.kind())
                .set("retired", after.retired())
                .set("updatedAt", after.updatedAt())
                .set("version", after.version())
                .push(Outbox.FIELD).each(OutboxDocuments.toDocuments(events).toArray());
        return mongo.updateFirst(current, update, Org.COLLECTION)
                .onErrorMap(DuplicateKeyException.class, e -> codeInUse(after.code()))
                .flatMap(result -> result.getMatchedCount() == 0
                        ? Mono.error(ApiException.conflict("organisation " + before.id() + " was changed meanwhile; reload and retry"))
                        : relay.relay(Org.COLLECTION, before.id()).thenReturn(after));
    }

    private static ApiException codeInUse(String code) {
        return new ApiException(HttpStatus.CONFLICT, "code " + code + " is already used",
                List.of(new ApiException.FieldError("code", "already used by another organisation")), Map.of());
    }
}
