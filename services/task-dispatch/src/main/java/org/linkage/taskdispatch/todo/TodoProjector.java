package org.linkage.taskdispatch.todo;

import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.linkage.taskdispatch.task.AssignmentLevels;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the to-do lists in step with the assignments. Each assignment event only says which
 * assignment changed; the list copies that assignment's current state, so events handled twice or
 * out of order still leave the right list. Concurrent changes of one list retry on {@code {_id, version}}.
 */
@Component
public class TodoProjector {

    private static final int ATTEMPTS = 5;
    private static final int LEVEL_CONCURRENCY = 8;
    /** Issued assignments whose line this replica has written, so the rest of a fan-out costs nothing. */
    private static final int REMEMBERED = 50_000;

    private final ReactiveMongoTemplate mongo;
    private final AssignmentStore assignments;
    private final AssignmentLevels levels;
    private final Set<String> issuedSynced = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    TodoProjector(ReactiveMongoTemplate mongo, AssignmentStore assignments, AssignmentLevels levels) {
        this.mongo = mongo;
        this.assignments = assignments;
        this.levels = levels;
    }

    /**
     * A new assignment: issued with its level, which is copied on the first of the level's events, in
     * one bulk write of the lists it touches; the other events of the level then find theirs done here
     * without a read. Any later copy is at least as new as the issue, so skipping is safe. If the bulk
     * write meets a list changed meanwhile, each assignment of the level is synced on its own instead.
     */
    public Mono<Void> issued(String assignmentId) {
        return Mono.defer(() -> issuedSynced.contains(assignmentId) ? Mono.<Void>empty()
                : assignments.find(assignmentId).flatMap(levels::of)
                .flatMap(ids -> syncLevel(ids)
                        .onErrorResume(e -> Flux.fromIterable(ids).flatMap(this::sync, LEVEL_CONCURRENCY).then())
                        .then(Mono.fromRunnable(() -> issuedSynced.addAll(ids)))));
    }

    /** The lists of a level's assignees as the assignments now stand, read and written in one round trip each. */
    private Mono<Void> syncLevel(Set<String> ids) {
        return assignments.findAll(ids).collectList().flatMap(level -> {
            Map<String, List<Assignment>> byAssignee = level.stream()
                    .collect(Collectors.groupingBy(Assignment::assigneeOrgId, LinkedHashMap::new, Collectors.toList()));
            return mongo.find(Query.query(Criteria.where("_id").in(byAssignee.keySet())), TodoList.class, TodoList.COLLECTION)
                    .collectMap(TodoList::orgId).flatMap(stored -> {
                        ReactiveBulkOperations bulk = mongo.bulkOps(BulkMode.UNORDERED, TodoList.class, TodoList.COLLECTION);
                        int writes = 0;
                        for (var entry : byAssignee.entrySet()) {
                            TodoList before = stored.getOrDefault(entry.getKey(), TodoList.empty(entry.getKey()));
                            TodoList after = before;
                            for (Assignment assignment : entry.getValue()) {
                                after = after.with(assignment);
                            }
                            if (after.items().equals(before.items())) {
                                continue;
                            }
                            writes++;
                            if (stored.containsKey(entry.getKey())) {
                                bulk.updateOne(Query.query(Criteria.where("_id").is(before.orgId()).and("version").is(before.version())),
                                        new Update().set("items", after.items()).set("version", before.version() + 1));
                            } else {
                                bulk.insert(after);
                            }
                        }
                        int expected = writes;
                        return expected == 0 ? Mono.<Void>empty() : bulk.execute().flatMap(result ->
                                result.getModifiedCount() + result.getInsertedCount() == expected ? Mono.<Void>empty()
                                        : Mono.error(new ConcurrentChange()));
                    });
        });
    }

    public Mono<Void> sync(String assignmentId) {
        return Mono.defer(() -> assignments.find(assignmentId).flatMap(this::sync))
                .retryWhen(Retry.max(ATTEMPTS).filter(e -> e instanceof ConcurrentChange || e instanceof DuplicateKeyException))
                .then();
    }

    private Mono<Void> sync(Assignment assignment) {
        return find(assignment.assigneeOrgId()).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(stored -> {
            TodoList before = stored.orElse(TodoList.empty(assignment.assigneeOrgId()));
            TodoList after = before.with(assignment);
            if (after.items().equals(before.items())) {
                return Mono.empty();
            }
            return stored.isEmpty() ? mongo.insert(after, TodoList.COLLECTION).then() : replace(before, after);
        });
    }

    Mono<TodoList> find(String orgId) {
        return mongo.findById(orgId, TodoList.class, TodoList.COLLECTION);
    }

    private Mono<Void> replace(TodoList before, TodoList after) {
        Query current = Query.query(Criteria.where("_id").is(before.orgId()).and("version").is(before.version()));
        Update update = new Update().set("items", after.items()).set("version", before.version() + 1);
        return mongo.updateFirst(current, update, TodoList.class, TodoList.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 1 ? Mono.<Void>empty() : Mono.error(new ConcurrentChange()));
    }

    /** Another event changed the same list first; read it again. */
    private static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super(null, null, false, false);
        }
    }
}
