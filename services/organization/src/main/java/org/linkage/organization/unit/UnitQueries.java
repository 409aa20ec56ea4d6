package org.linkage.organization.unit;

import org.linkage.organization.org.OrgStore;
import org.linkage.organization.org.OrgView;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Reads of the unit register, limited to the caller's subtree. A unit outside it answers 404, so
 * ids reveal nothing; asking for another subtree's list is refused outright.
 */
@Service
public class UnitQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final ReactiveMongoTemplate mongo;
    private final OrgStore orgs;

    public UnitQueries(ReactiveMongoTemplate mongo, OrgStore orgs) {
        this.mongo = mongo;
        this.orgs = orgs;
    }

    public Mono<Unit> get(LinkagePrincipal caller, String id) {
        return findById(id)
                .filter(unit -> OrgScope.covers(caller, unit.orgId(), unit.orgPath()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("unit", id)));
    }

    /** Regardless of scope: for features that reference a unit, such as a member's work unit. */
    public Mono<Unit> findById(String id) {
        return mongo.findById(id, Unit.class, Unit.COLLECTION);
    }

    /**
     * Registered units at {@code orgId} or below it, oldest first.
     *
     * @param orgId    defaults to the caller's own organisation
     * @param category null for every category
     */
    public Mono<OrgView.Page<UnitView>> list(LinkagePrincipal caller, String orgId, UnitCategory category, int page, int size) {
        if (page < 0) {
            return Mono.error(ApiException.invalid("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(ApiException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        String target = orgId != null && !orgId.isBlank() ? orgId : caller.orgId();
        if (target == null) {
            return Mono.error(ApiException.invalid("orgId", "required: you act for no organisation"));
        }
        return orgs.findById(target)
                .switchIfEmpty(Mono.error(() -> ApiException.invalid("orgId", "unknown organisation " + target)))
                .flatMap(org -> {
                    OrgScope.require(caller, org.id(), org.path());
                    Criteria registered = Criteria.where("orgPath").is(org.id()).and("retired").is(false);
                    if (category != null) {
                        registered = registered.and("category").is(category);
                    }
                    return page(Query.query(registered), page, size);
                });
    }

    private Mono<OrgView.Page<UnitView>> page(Query query, int page, int size) {
        Mono<Long> total = mongo.count(Query.of(query), Unit.class, Unit.COLLECTION);
        Mono<List<UnitView>> items = mongo.find(Query.of(query).with(Sort.by("createdAt", "_id")).skip((long) page * size).limit(size),
                        Unit.class, Unit.COLLECTION)
                .map(UnitView::of)
                .collectList();
        return Mono.zip(items, total).map(result -> new OrgView.Page<>(result.getT1(), page, size, result.getT2()));
    }
}
