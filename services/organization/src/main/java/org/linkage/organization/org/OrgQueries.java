package org.linkage.organization.org;

import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.regex.Pattern;

/**
 * Reads of the tree, limited to the caller's subtree; of the organisations above it the caller sees
 * names only. Anything else answers 404, so ids outside one's scope reveal nothing.
 */
@Service
public class OrgQueries {

    public static final int MAX_PAGE_SIZE = 500;

    private final OrgStore store;
    private final ReactiveMongoTemplate mongo;

    public OrgQueries(OrgStore store, ReactiveMongoTemplate mongo) {
        this.store = store;
        this.mongo = mongo;
    }

    /** The full view inside the caller's subtree, a {@link OrgView.Summary} for its ancestors. */
    public Mono<Object> get(LinkagePrincipal caller, String id) {
        return store.findById(id)
                .<Object>flatMap(org -> {
                    if (OrgScope.covers(caller, org.id(), org.path())) {
                        return Mono.just(OrgView.of(org));
                    }
                    return caller.orgPath().contains(org.id()) ? Mono.just(OrgView.Summary.of(org)) : Mono.empty();
                })
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("organisation", id)));
    }

    public Flux<OrgView> children(LinkagePrincipal caller, String id, boolean includeRetired) {
        return inScope(caller, id).flatMapMany(org -> store.children(org.id()))
                .filter(child -> includeRetired || !child.retired())
                .map(OrgView::of);
    }

    public Mono<OrgView.Page<OrgView>> subtree(LinkagePrincipal caller, String id, OrgTier tier, int page, int size) {
        return inScope(caller, id).flatMap(org -> {
            Criteria below = Criteria.where("path").is(org.id());
            if (tier != null) {
                below = below.and("tier").is(tier);
            }
            return page(new Query(below), page, size);
        });
    }

    /** By exact code or by a fragment of the name, within the caller's subtree. */
    public Mono<OrgView.Page<OrgView>> search(LinkagePrincipal caller, String code, String q, int page, int size) {
        Criteria criteria = new Criteria();
        if (!caller.isAdmin()) {
            criteria = new Criteria().orOperator(Criteria.where("_id").is(caller.orgId()), Criteria.where("path").is(caller.orgId()));
        }
        Query query = new Query(criteria);
        if (code != null && !code.isBlank()) {
            query.addCriteria(Criteria.where("code").is(code.strip()));
        }
        if (q != null && !q.isBlank()) {
            query.addCriteria(Criteria.where("name").regex(Pattern.quote(q.strip())));
        }
        return page(query, page, size);
    }

    private Mono<Org> inScope(LinkagePrincipal caller, String id) {
        return store.findById(id)
                .filter(org -> OrgScope.covers(caller, org.id(), org.path()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("organisation", id)));
    }

    private Mono<OrgView.Page<OrgView>> page(Query query, int page, int size) {
        if (page < 0) {
            return Mono.error(ApiException.invalid("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(ApiException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        Mono<Long> total = mongo.count(Query.of(query).limit(0).skip(0), Org.class, Org.COLLECTION);
        Mono<java.util.List<OrgView>> items = mongo.find(Query.of(query).with(Sort.by("code")).skip((long) page * size).limit(size),
                        Org.class, Org.COLLECTION)
                .map(OrgView::of).collectList();
        return Mono.zip(items, total).map(result -> new OrgView.Page<>(result.getT1(), page, size, result.getT2()));
    }
}
