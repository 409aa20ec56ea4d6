package org.linkage.taskdispatch.assignment;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows an organisation moved in the tree: its assignments, and those of the units registered with
 * it, take its new path, so its new ancestors see them and escalation goes to its new grandparent.
 * Who reviews them does not change: the organisation that issued them still does. Moves are rare, so
 * the lookup by assignee may scan; it is indexed on production MongoDB. Setting the same path again
 * changes nothing, so a redelivered move is harmless.
 */
@Component
public class AssignmentRepathing {

    private final ReactiveMongoTemplate mongo;

    AssignmentRepathing(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param newPath the organisation's ancestors after the move, district first, without itself */
    public Mono<Void> follow(String orgId, List<String> newPath) {
        List<String> hostPath = new ArrayList<>(newPath);
        hostPath.add(orgId);
        Query own = Query.query(Criteria.where("assigneeOrgId").is(orgId));
        Query unitsHosted = Query.query(Criteria.where("tier").isNull().and("assigneeOrgPath").is(orgId));
        return mongo.updateMulti(own, new Update().set("assigneeOrgPath", List.copyOf(newPath)), Assignment.COLLECTION)
                .then(mongo.find(unitsHosted, Assignment.class, Assignment.COLLECTION)
                        .filter(unit -> orgId.equals(unit.parentOrgId()))
                        .concatMap(unit -> mongo.updateFirst(Query.query(Criteria.where("_id").is(unit.id())),
                                new Update().set("assigneeOrgPath", List.copyOf(hostPath)), Assignment.COLLECTION))
                        .then());
    }
}
