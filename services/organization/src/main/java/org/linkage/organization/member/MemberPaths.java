package org.linkage.organization.member;

import org.linkage.organization.org.OrgPathDependent;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.List;

/** Keeps the members living in a moved community inside the right scope. */
@Component
class MemberPaths implements OrgPathDependent {

    private final ReactiveMongoTemplate mongo;

    MemberPaths(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Void> repath(String orgId, List<String> orgPath) {
        return mongo.updateMulti(Query.query(Criteria.where("residenceCommunityId").is(orgId)),
                new Update().set("orgPath", orgPath), Member.COLLECTION).then();
    }
}
