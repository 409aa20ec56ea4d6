package org.linkage.taskdispatch.assignment;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows an organisation moved in the tree: its assignments, and those of the units registered with
 * it, take its new path, so its new ancestors see them and escalation goes to its new grandparent.
 * Who reviews them does not change: the organisation that issued them still does. Moves are rare, so
 * the lookup by assignee may scan; it is indexed on production MongoDB. An assignment already on the
 * new path is left alone, so a redelivered move is harmless; a re-path bumps the version, so a
 * transition prepared on the old copy fails with 409 rather than going unnoticed.
 */
@Component
public class AssignmentRepathing {

    private final ReactiveMongoTemplate mongo;

    AssignmentRepathing(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * @param path    the organisation's ancestors after the move, district first, without itself
     * @return the ids of the assignments re-pathed, each with a new version, for the read models to copy
     */
    public Flux<String> follow(String orgId, List<String> path) {
        List<String> newPath = path == null ? List.of() : List.copyOf(path);
        List<String> hostPath = new ArrayList<>(newPath);
        hostPath.add(orgId);
        Query own = Query.query(Criteria.where("assigneeOrgId").is(orgId));
        Query unitsHosted = Query.query(Criteria.where("tier").isNull().and("assigneeOrgPath").is(orgId));
        Flux<Assignment> moved = mongo.find(own, Assignment.class, Assignment.COLLECTION)
                .filter(a -> !a.assigneeOrgPath().equals(newPath));
        Flux<Assignment> hosted = mongo.find(unitsHosted, Assignment.class, Assignment.COLLECTION)
                .filter(unit -> orgId.equals(unit.parentOrgId()) && !unit.assigneeOrgPath().equals(hostPath));
        return moved.map(a -> new Repath(a.id(), newPath)).concatWith(hosted.map(a -> new Repath(a.id(), hostPath)))
                .concatMap(repath -> mongo.updateFirst(Query.query(Criteria.where("_id").is(repath.assignmentId())),
                                new Update().set("assigneeOrgPath", List.copyOf(repath.path())).inc("version", 1),
                                Assignment.COLLECTION)
                        .thenReturn(repath.assignmentId()));
    }

    private record Repath(String assignmentId, List<String> path) {
    }
}
