package org.linkage.organization.importing;

import org.linkage.organization.org.Org;
import org.linkage.platform.messaging.intent.IntentApplier;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes an imported tree: inserts the organisations still missing (all, unless a crash interrupted
 * an earlier attempt) in one batch, each marked PENDING, then clears the marks with one update.
 */
@Component
public class TreeImportApplier implements IntentApplier<TreeImportApplier.Plan> {

    public static final String KIND = "org.import";

    private final ReactiveMongoTemplate mongo;

    public TreeImportApplier(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param orgs parents before children, each with {@code pendingIntentId} set to the import's id */
    public record Plan(List<Org> orgs) {
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
        List<String> ids = plan.orgs().stream().map(Org::id).toList();
        Query written = Query.query(Criteria.where("_id").in(ids));
        written.fields().include("_id");
        return mongo.find(written, org.bson.Document.class, Org.COLLECTION)
                .map(document -> document.getString("_id"))
                .collect(Collectors.toSet())
                .flatMap(done -> insertMissing(plan.orgs(), done))
                .then(mongo.updateMulti(Query.query(Criteria.where("pendingIntentId").is(intentId)),
                        new Update().unset("pendingIntentId"), Org.COLLECTION))
                .then();
    }

    private Mono<Void> insertMissing(List<Org> orgs, Set<String> done) {
        List<Org> missing = orgs.stream().filter(org -> !done.contains(org.id())).toList();
        return missing.isEmpty() ? Mono.empty() : mongo.insert(missing, Org.COLLECTION).then();
    }
}
