package org.linkage.taskdispatch.todo;

import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.util.Optional;

/**
 * Keeps the to-do lists in step with the assignments. Each assignment event only says which
 * assignment changed; the list copies that assignment's current state, so events handled twice or
 * out of order still leave the right list. Concurrent changes of one list retry on {@code {_id, version}}.
 */
@Component
public class TodoProjector {

    private static final int ATTEMPTS = 5;

    private final ReactiveMongoTemplate mongo;
    private final AssignmentStore assignments;

    TodoProjector(ReactiveMongoTemplate mongo, AssignmentStore assignments) {
        this.mongo = mongo;
        this.assignments = assignments;
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
