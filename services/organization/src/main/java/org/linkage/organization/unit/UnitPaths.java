package org.linkage.organization.unit;

import org.linkage.organization.org.OrgPathDependent;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;

/** Keeps the units registered to a moved organisation inside the right scope. */
@Component
class UnitPaths implements OrgPathDependent {

    private final ReactiveMongoTemplate mongo;

    UnitPaths(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> repath(String orgId, List<String> orgPath) {
        return mongo.updateMulti(Query.query(Criteria.where("orgId").is(orgId)), new Update().set("orgPath", orgPath),
                Unit.COLLECTION).then();
    }
}
