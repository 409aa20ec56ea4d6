package org.linkage.organization.member;

import org.linkage.organization.org.OrgStore;
import org.linkage.organization.org.OrgView;
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
 * Reads of the member register, limited to the caller's subtree. A member outside it answers 404;
 * asking for another subtree's list is refused outright. Lists mask phone numbers.
 */
@Service
public class MemberQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final ReactiveMongoTemplate mongo;
    private final OrgStore orgs;

    public MemberQueries(ReactiveMongoTemplate mongo, OrgStore orgs) {
        this.mongo = mongo;
        this.orgs = orgs;
    }

    public Mono<Member> get(LinkagePrincipal caller, String id) {
        return mongo.findById(id, Member.class, Member.COLLECTION)
                .filter(member -> OrgScope.covers(caller, member.residenceCommunityId(), member.orgPath()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("member", id)));
    }

    /**
     * Members living in {@code communityId}, oldest record first.
     *
     * @param communityId defaults to the caller's own organisation (for a street: every community of it)
     * @param reported    true for those who have reported in, false for those who have not, null for all
     */
    public Mono<OrgView.Page<MemberView>> list(LinkagePrincipal caller, String communityId, Boolean reported, int page, int size) {
        if (page < 0) {
            return Mono.error(ApiException.invalid("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(ApiException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        String target = communityId != null && !communityId.isBlank() ? communityId : caller.orgId();
        if (target == null) {
            return Mono.error(ApiException.invalid("communityId", "required: you act for no organisation"));
        }
        return orgs.findById(target)
                .switchIfEmpty(Mono.error(() -> ApiException.invalid("communityId", "unknown organisation " + target)))
                .flatMap(org -> {
                    OrgScope.require(caller, org.id(), org.path());
                    Criteria living = Criteria.where("orgPath").is(org.id());
                    if (reported != null) {
                        living = reported ? living.and("reportedIn").ne(null) : living.and("reportedIn").is(null);
                    }
                    return page(Query.query(living), page, size);
                });
    }

    private Mono<OrgView.Page<MemberView>> page(Query query, int page, int size) {
        Mono<Long> total = mongo.count(Query.of(query), Member.class, Member.COLLECTION);
        Mono<List<MemberView>> items = mongo.find(Query.of(query).with(Sort.by("createdAt", "_id")).skip((long) page * size).limit(size),
                        Member.class, Member.COLLECTION)
                .map(MemberView::masked)
                .collectList();
        return Mono.zip(items, total).map(result -> new OrgView.Page<>(result.getT1(), page, size, result.getT2()));
    }
}
