package org.linkage.organization.org;

import org.linkage.platform.messaging.intent.IntentApplier;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a subtree move: marks every moved organisation PENDING, writes each one's planned parent,
 * path and version, re-paths the documents that copy their ancestry, then clears the marks. Every value is precomputed in the plan, so applying it
 * again after a crash writes the same result.
 */
@Component
public class SubtreeMove implements IntentApplier<SubtreeMove.Plan> {

    public static final String KIND = "org.move";

    private final ReactiveMongoTemplate mongo;
    private final List<OrgPathDependent> dependents;

    public SubtreeMove(ReactiveMongoTemplate mongo, List<OrgPathDependent> dependents) {
        this.mongo = mongo;
        this.dependents = dependents;
    }

    /** @param items the moved organisation first, then its descendants */
    public record Plan(String orgId, List<Item> items, Instant movedAt) {
    }

    public record Item(String id, String parentId, List<String> path, long version) {
    }

    private static List<String> pathIncludingSelf(Item item) {
        List<String> path = new ArrayList<>(item.path());
        path.add(item.id());
        return path;
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
        List<String> ids = plan.items().stream().map(Item::id).toList();
        return mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)), new Update().set("pendingIntentId", intentId), Org.COLLECTION)
                .thenMany(Flux.fromIterable(plan.items()).concatMap(item -> mongo.updateFirst(
                        Query.query(Criteria.where("_id").is(item.id())),
                        new Update().set("parentId", item.parentId()).set("path", item.path())
                                .set("version", item.version()).set("updatedAt", plan.movedAt()),
                        Org.COLLECTION)))
                .thenMany(Flux.fromIterable(plan.items()).concatMap(item -> Flux.fromIterable(dependents)
                        .concatMap(dependent -> dependent.repath(item.id(), pathIncludingSelf(item)))))
                .then(mongo.updateMulti(Query.query(Criteria.where("pendingIntentId").is(intentId)),
                        new Update().unset("pendingIntentId"), Org.COLLECTION))
                .then();
    }
}
