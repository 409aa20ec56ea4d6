package org.linkage.organization.user;

import org.linkage.organization.org.OrgPathDependent;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Keeps the users of a moved organisation inside the right scope, and their next tokens right.
 * No event: nothing a consumer reads (organisation, district) changes in a move within a district.
 */
@Component
class UserPaths implements OrgPathDependent {

    private final ReactiveMongoTemplate mongo;

    UserPaths(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param orgPath the organisation's new ancestors followed by itself; users keep only the ancestors */
    @Override
    public Mono<Void> repath(String orgId, List<String> orgPath) {
        List<String> ancestors = orgPath.subList(0, orgPath.size() - 1);
        return mongo.updateMulti(Query.query(Criteria.where("orgId").is(orgId)),
                new Update().set("orgPath", ancestors), User.COLLECTION).then();
    }
}
