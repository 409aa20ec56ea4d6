package org.linkage.organization.org;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;

/** Reads of the tree. Lookups by id and code use the two indexes the embedded store serves. */
@Component
public class OrgStore {

    private final ReactiveMongoTemplate mongo;

    public OrgStore(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Org> findById(String id) {
        return mongo.findById(id, Org.class, Org.COLLECTION);
    }

    public Mono<Org> findByCode(String code) {
        return mongo.findOne(Query.query(Criteria.where("code").is(code)), Org.class, Org.COLLECTION);
    }

    public Flux<Org> findByCodes(Collection<String> codes) {
        return mongo.find(Query.query(Criteria.where("code").in(codes)), Org.class, Org.COLLECTION);
    }

    public Flux<Org> children(String parentId) {
        return mongo.find(Query.query(Criteria.where("parentId").is(parentId)).with(Sort.by("code")), Org.class, Org.COLLECTION);
    }

    /** Every organisation below {@code ancestorId}, at any depth. */
    public Flux<Org> descendants(String ancestorId) {
        return mongo.find(Query.query(Criteria.where("path").is(ancestorId)), Org.class, Org.COLLECTION);
    }

    public Mono<Boolean> hasOpenChildren(String parentId) {
        return mongo.exists(Query.query(Criteria.where("parentId").is(parentId).and("retired").is(false)), Org.class, Org.COLLECTION);
    }
}
