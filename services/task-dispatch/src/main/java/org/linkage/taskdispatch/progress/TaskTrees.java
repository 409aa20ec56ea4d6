package org.linkage.taskdispatch.progress;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads and optimistic writes of the task trees, all by {@code _id}. A write that loses a race fails
 * with {@link ConcurrentChange} (or a duplicate key for two first inserts) for the caller to read again.
 */
@Component
class TaskTrees {

    private final ReactiveMongoTemplate mongo;

    TaskTrees(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<TaskTree> find(String taskId) {
        return mongo.findById(taskId, TaskTree.class, TaskTree.COLLECTION);
    }

    /** The tree as stored, or an empty one not stored yet (version 0, {@code stored} false). */
    Mono<Loaded> load(String taskId) {
        return find(taskId).map(tree -> new Loaded(tree, true))
                .defaultIfEmpty(new Loaded(TaskTree.empty(taskId), false));
    }

    /** Stores {@code after} in place of {@code before}, unless someone wrote the tree since it was loaded. */
    Mono<Void> replace(Loaded before, TaskTree after) {
        if (after.nodes().equals(before.tree().nodes())) {
            return Mono.empty();
        }
        if (!before.stored()) {
            return mongo.insert(after, TaskTree.COLLECTION).then();
        }
        long version = before.tree().version();
        Query current = Query.query(Criteria.where("_id").is(after.taskId()).and("version").is(version));
        Update update = new Update().set("nodes", after.nodes()).set("version", version + 1);
        return mongo.updateFirst(current, update, TaskTree.class, TaskTree.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 1 ? Mono.<Void>empty() : Mono.error(new ConcurrentChange()));
    }

    record Loaded(TaskTree tree, boolean stored) {
    }

    /** Another event changed the same tree first; read it again. */
    static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super("the task tree changed concurrently", null, false, false);
        }
    }
}
