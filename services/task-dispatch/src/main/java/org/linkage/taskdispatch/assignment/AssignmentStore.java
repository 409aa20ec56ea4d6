package org.linkage.taskdispatch.assignment;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads of assignments and the writes that are no transition: bulk inserts and approval bookkeeping. */
@Component
public class AssignmentStore {

    private final ReactiveMongoTemplate mongo;

    public AssignmentStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Assignment> find(String id) {
        return mongo.findById(id, Assignment.class, Assignment.COLLECTION);
    }

    /** The assignments with these ids, in one round trip by {@code _id $in}; missing ids are skipped. */
    public Flux<Assignment> findAll(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Assignment.class, Assignment.COLLECTION);
    }

    /** Every assignment of a task, for the rare writes that touch them all (cancel, merge); scans on the embedded store. */
    public Flux<Assignment> ofTask(String taskId) {
        return mongo.find(Query.query(Criteria.where("taskId").is(taskId)), Assignment.class, Assignment.COLLECTION);
    }

    /** Inserts, in one round trip, those of the assignments that do not exist yet; emits the ones it inserted. */
    public Mono<List<Assignment>> insertMissing(List<Assignment> assignments) {
        return existingIds(assignments.stream().map(Assignment::id).toList()).flatMap(existing -> {
            List<Assignment> missing = assignments.stream().filter(a -> !existing.contains(a.id())).toList();
            return missing.isEmpty() ? Mono.just(missing)
                    : mongo.insert(missing, Assignment.COLLECTION).then(Mono.just(missing));
        });
    }

    /** Looked up by {@code _id $in}, which the embedded store serves from the id index. */
    private Mono<Set<String>> existingIds(Collection<String> ids) {
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("_id");
        return mongo.find(query, org.bson.Document.class, Assignment.COLLECTION)
                .map(document -> document.getString("_id"))
                .collect(Collectors.toSet());
    }

    /** Idempotent: notes that a child was approved, whatever state the parent is in. */
    public Mono<Void> recordChildApproval(String parentId, String childId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(parentId)),
                new Update().addToSet("approvedChildIds", childId), Assignment.COLLECTION).then();
    }
}
