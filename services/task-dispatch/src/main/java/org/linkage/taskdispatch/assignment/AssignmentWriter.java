package org.linkage.taskdispatch.assignment;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.outbox.OutboxDocuments;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.linkage.platform.web.problem.ApiException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes one transition of one assignment: new state, a history entry and its event, in a single
 * update matching {@code {_id, version}} (a unique index the embedded store serves), then relays the
 * event. A concurrent change makes it fail with 409 rather than be overwritten.
 */
@Component
public class AssignmentWriter {

    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;
    private final AssignmentStore store;

    public AssignmentWriter(ReactiveMongoTemplate mongo, OutboxRelay relay, AssignmentStore store) {
        this.mongo = mongo;
        this.relay = relay;
        this.store = store;
    }

    /**
     * @param fields what else the transition sets (the report, the reason…); extended here
     * @param event  the transition's event, built for the same instant {@code at}
     */
    public Mono<Assignment> apply(Assignment before, AssignmentAction action, Actor actor, Instant at, String note,
                                  Update fields, EventEnvelope event) {
        return apply(before, action, actor, at, note, fields, List.of(event));
    }

    /** A transition with several events, in order (a re-target: the cancellation and the re-target). */
    public Mono<Assignment> apply(Assignment before, AssignmentAction action, Actor actor, Instant at, String note,
                                  Update fields, List<EventEnvelope> events) {
        AssignmentState next;
        try {
            next = requireAllowed(before, action);
        } catch (ApiException e) {
            return Mono.error(e);
        }
        Query current = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
        Update update = fields
                .set("state", next)
                .set("version", before.version() + 1)
                .set("updatedAt", at)
                .push("history", new HistoryEntry(action, next, actor.userId(), actor.orgId(), at, note));
        update.push(Outbox.FIELD).each(events.stream().map(OutboxDocuments::toDocument).toArray());
        return mongo.updateFirst(current, update, Assignment.class, Assignment.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 0
                        ? Mono.error(ApiException.conflict("assignment " + before.id() + " was changed meanwhile; reload and retry"))
                        : relay.relay(Assignment.COLLECTION, before.id()).then(store.find(before.id())));
    }

    /**
     * A change that is no transition (a deadline flag, an urge): the fields and the events in one
     * update matching {@code {_id, version}}, then the relay. Fails with 409 if the assignment changed meanwhile.
     */
    public Mono<Assignment> mark(Assignment before, Instant at, Update fields, List<EventEnvelope> events) {
        Query current = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
        Update update = fields.set("version", before.version() + 1).set("updatedAt", at);
        if (!events.isEmpty()) {
            update.push(Outbox.FIELD).each(events.stream().map(OutboxDocuments::toDocument).toArray());
        }
        return mongo.updateFirst(current, update, Assignment.class, Assignment.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 0
                        ? Mono.error(ApiException.conflict("assignment " + before.id() + " was changed meanwhile; reload and retry",
                                Map.of("currentState", before.state())))
                        : relay.relay(Assignment.COLLECTION, before.id()).then(store.find(before.id())));
    }

    /** The state the action leads to, or 409 naming the current state. */
    public static AssignmentState requireAllowed(Assignment assignment, AssignmentAction action) {
        return action.next(assignment.state()).orElseThrow(() -> ApiException.conflict(
                "cannot " + action.name().toLowerCase().replace('_', ' ') + " an assignment in state " + assignment.state(),
                Map.of("currentState", assignment.state())));
    }
}
