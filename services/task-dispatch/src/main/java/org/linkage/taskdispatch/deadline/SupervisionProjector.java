package org.linkage.taskdispatch.deadline;

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
 * Keeps the supervision lists in step with escalated assignments. Like the to-do lists, an event only
 * says which assignment changed; its line is copied from the assignment as it is now, so duplicates
 * and reordering do no harm. An assignment never escalated costs one read by id.
 */
@Component
class SupervisionProjector {

    private static final int ATTEMPTS = 5;

    private final ReactiveMongoTemplate mongo;
    private final AssignmentStore assignments;

    SupervisionProjector(ReactiveMongoTemplate mongo, AssignmentStore assignments) {
        this.mongo = mongo;
        this.assignments = assignments;
    }

    Mono<Void> sync(String assignmentId) {
        return Mono.defer(() -> assignments.find(assignmentId).filter(a -> a.escalatedToOrgId() != null).flatMap(this::sync))
                .retryWhen(Retry.max(ATTEMPTS).filter(e -> e instanceof ConcurrentChange || e instanceof DuplicateKeyException))
                .then();
    }

    private Mono<Void> sync(Assignment assignment) {
        String orgId = assignment.escalatedToOrgId();
        return find(orgId).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(stored -> {
            SupervisionList before = stored.orElse(SupervisionList.empty(orgId));
            SupervisionList after = before.with(assignment);
            if (after.items().equals(before.items())) {
                return Mono.empty();
            }
            return stored.isEmpty() ? mongo.insert(after, SupervisionList.COLLECTION).then() : replace(before, after);
        });
    }

    Mono<SupervisionList> find(String orgId) {
        return mongo.findById(orgId, SupervisionList.class, SupervisionList.COLLECTION);
    }

    private Mono<Void> replace(SupervisionList before, SupervisionList after) {
        Query current = Query.query(Criteria.where("_id").is(before.orgId()).and("version").is(before.version()));
        Update update = new Update().set("items", after.items()).set("version", before.version() + 1);
        return mongo.updateFirst(current, update, SupervisionList.class, SupervisionList.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 1 ? Mono.<Void>empty() : Mono.error(new ConcurrentChange()));
    }

    private static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super(null, null, false, false);
        }
    }
}
