package org.linkage.taskdispatch.cascade;

import org.bson.Document;
import org.linkage.platform.messaging.intent.Intent;
import org.linkage.platform.messaging.intent.IntentApplier;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentAction;
import org.linkage.taskdispatch.assignment.AssignmentEvents;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.AssignmentWriter;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Writes a re-dispatch in three steps, each safe to repeat after a crash:
 * <ol>
 *   <li>claims the street's assignment, still at the version the request saw, for this intent; if
 *       something else changed it first, the intent writes nothing;</li>
 *   <li>inserts the missing child assignments in one bulk insert, each with its AssignmentIssued;</li>
 *   <li>moves the street's assignment to DISPATCHED with its AssignmentDispatched and releases the claim.</li>
 * </ol>
 * Events ride in the documents written, not in the intent, so a superseded intent publishes nothing.
 * If the task was cancelled while the claim was held, the children just written are cancelled too.
 */
@Component
public class RedispatchApplier implements IntentApplier<RedispatchApplier.Plan> {

    public static final String KIND = "assignment.dispatch";
    private static final String CANCELLED_ABOVE = "上级任务已撤销";

    private final ReactiveMongoTemplate mongo;
    private final AssignmentStore store;
    private final AssignmentWriter writer;
    private final AssignmentEvents events;
    private final OutboxRelay relay;

    public RedispatchApplier(ReactiveMongoTemplate mongo, AssignmentStore store, AssignmentWriter writer,
                             AssignmentEvents events, OutboxRelay relay) {
        this.mongo = mongo;
        this.store = store;
        this.writer = writer;
        this.events = events;
        this.relay = relay;
    }

    /** @param expectedVersion the version of the street's assignment the request was checked against */
    public record Plan(String assignmentId, long expectedVersion, List<Assignment> children, Actor actor, Instant at) {

        List<String> childIds() {
            return children.stream().map(Assignment::id).toList();
        }
    }

    /** The child ids an intent of this kind plans, read from its stored payload. */
    static List<String> childIds(Intent intent) {
        return intent.payload().getList("children", Document.class, List.of()).stream()
                .map(child -> child.getString("_id")).toList();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Plan> payloadType() {
        return Plan.class;
    }

    @Override
    public Mono<Void> apply(String intentId, Plan plan) {
        return store.find(plan.assignmentId()).flatMap(street -> {
            if (intentId.equals(street.lastDispatchIntentId())) {
                return Mono.just(street);
            }
            Mono<Assignment> claimed = intentId.equals(street.dispatchingIntentId()) ? Mono.just(street)
                    : claim(street, plan, intentId);
            return claimed.flatMap(owner -> store.insertMissing(plan.children()).then(finish(owner, plan, intentId)));
        }).then(relayChildren(plan));
    }

    /** Empty when the assignment moved on since the request: the intent is superseded and writes nothing. */
    private Mono<Assignment> claim(Assignment street, Plan plan, String intentId) {
        if (street.version() != plan.expectedVersion() || street.state() != AssignmentState.RECEIVED
                || street.isDispatching()) {
            return Mono.empty();
        }
        Query current = Query.query(Criteria.where("_id").is(street.id()).and("version").is(street.version()));
        Update claim = new Update().set("dispatchingIntentId", intentId).set("version", street.version() + 1);
        return mongo.updateFirst(current, claim, Assignment.class, Assignment.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 0 ? Mono.empty() : store.find(street.id()));
    }

    private Mono<Assignment> finish(Assignment owner, Plan plan, String intentId) {
        LinkedHashSet<String> children = new LinkedHashSet<>(owner.childIds());
        children.addAll(plan.childIds());
        Update fields = new Update().set("childIds", List.copyOf(children)).unset("dispatchingIntentId")
                .set("lastDispatchIntentId", intentId);
        return writer.apply(owner, AssignmentAction.DISPATCH, plan.actor(), plan.at(), null, fields,
                        events.dispatched(owner, plan.childIds(), plan.actor().userId(), plan.at()))
                .onErrorResume(ApiException.class, e -> store.find(owner.id())
                        .flatMap(now -> now.state() == AssignmentState.CANCELLED
                                ? cancelChildren(plan).then(Mono.just(now)) : Mono.error(e)));
    }

    private Mono<Void> cancelChildren(Plan plan) {
        return Flux.fromIterable(plan.childIds())
                .concatMap(id -> store.find(id).filter(child -> child.state().isOpen())
                        .flatMap(child -> writer.apply(child, AssignmentAction.CANCEL, Actor.SYSTEM, plan.at(),
                                CANCELLED_ABOVE, new Update(),
                                events.cancelled(child, CANCELLED_ABOVE, Actor.SYSTEM, plan.at()))))
                .then();
    }

    /** The street's event went out with its transition; the children's follow, in order. */
    private Mono<Void> relayChildren(Plan plan) {
        return Flux.fromIterable(plan.childIds())
                .concatMap(id -> relay.relay(Assignment.COLLECTION, id))
                .then();
    }
}
