package org.linkage.taskdispatch.task;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.outbox.OutboxDocuments;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads and writes of tasks. Changes of state match {@code {_id, version}} and carry their event. */
@Component
public class TaskStore {

    private final ReactiveMongoTemplate mongo;
    private final OutboxRelay relay;

    public TaskStore(ReactiveMongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public Mono<Task> find(String id) {
        return mongo.findById(id, Task.class, Task.COLLECTION);
    }

    /** Idempotent: a second insert of the same task (a fan-out applied again) changes nothing. */
    public Mono<Void> insertIfMissing(Task task) {
        return mongo.insert(task, Task.COLLECTION).then()
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }

    /** PENDING → OPEN; a task already past PENDING is left alone. */
    public Mono<Void> open(String id) {
        return find(id).filter(task -> task.state() == TaskState.PENDING)
                .flatMap(task -> changeState(task, TaskState.OPEN, new Update(), null).then());
    }

    public Mono<Void> recordTopApproval(String taskId, String assignmentId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(taskId)),
                new Update().addToSet("approvedTopAssignmentIds", assignmentId), Task.COLLECTION).then();
    }

    /**
     * Moves the task still at {@code before.version()} to {@code state} with its event (if any), then relays it.
     * Emits false when the task changed meanwhile.
     */
    public Mono<Boolean> changeState(Task before, TaskState state, Update fields, EventEnvelope event) {
        Query current = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
        Update update = fields.set("state", state).set("version", before.version() + 1);
        if (event != null) {
            update.push(Outbox.FIELD, OutboxDocuments.toDocument(event));
        }
        return mongo.updateFirst(current, update, Task.class, Task.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 0 ? Mono.just(false)
                        : event == null ? Mono.just(true)
                        : relay.relay(Task.COLLECTION, before.id()).thenReturn(true));
    }

    /** Newest first. Scans on the embedded store; the (issuerOrgId, state, issuedAt) index serves production. */
    public Flux<Task> issuedBy(String issuerOrgId, TaskState state, int page, int size) {
        return mongo.find(byIssuer(issuerOrgId, state).with(Sort.by(Sort.Direction.DESC, "issuedAt"))
                .skip((long) page * size).limit(size), Task.class, Task.COLLECTION);
    }

    public Mono<Long> countIssuedBy(String issuerOrgId, TaskState state) {
        return mongo.count(byIssuer(issuerOrgId, state), Task.class, Task.COLLECTION);
    }

    private static Query byIssuer(String issuerOrgId, TaskState state) {
        Criteria criteria = Criteria.where("issuerOrgId").is(issuerOrgId);
        if (state != null) {
            criteria = criteria.and("state").is(state);
        }
        return Query.query(criteria);
    }
}
