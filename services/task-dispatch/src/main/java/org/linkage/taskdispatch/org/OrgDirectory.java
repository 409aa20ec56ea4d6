package org.linkage.taskdispatch.org;

import org.linkage.platform.events.org.OrgSnapshot;
import org.linkage.platform.events.org.OrgTier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The read copy of the organisation tree, fed only by organization's compacted snapshot topic, so a
 * cascade never calls organization. Lookups by id use the {@code _id} index; children and
 * descendants scan, which is cheap at the size of a district (~700 organisations).
 */
@Component
public class OrgDirectory {

    private final ReactiveMongoTemplate mongo;

    public OrgDirectory(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Whether the snapshot places the organisation elsewhere than the copy has it: a move not applied yet. */
    public Mono<Boolean> movesIt(OrgSnapshot snapshot) {
        List<String> path = snapshot.path() == null ? List.of() : snapshot.path();
        return find(snapshot.orgId()).map(stored -> stored.version() < snapshot.version() && !stored.path().equals(path))
                .defaultIfEmpty(false);
    }

    public Mono<DirectoryOrg> find(String id) {
        return mongo.findById(id, DirectoryOrg.class, DirectoryOrg.COLLECTION);
    }

    public Flux<DirectoryOrg> findAll(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), DirectoryOrg.class, DirectoryOrg.COLLECTION);
    }

    public Flux<DirectoryOrg> children(String parentId, OrgTier tier) {
        Query query = Query.query(Criteria.where("parentId").is(parentId).and("tier").is(tier)).with(Sort.by("code"));
        return mongo.find(query, DirectoryOrg.class, DirectoryOrg.COLLECTION);
    }

    /** Every organisation of the tier below {@code ancestorId}, at any depth. */
    public Flux<DirectoryOrg> descendants(String ancestorId, OrgTier tier) {
        Query query = Query.query(Criteria.where("path").is(ancestorId).and("tier").is(tier)).with(Sort.by("code"));
        return mongo.find(query, DirectoryOrg.class, DirectoryOrg.COLLECTION);
    }

    /**
     * Keeps the snapshot unless the copy already holds that version or a newer one. A concurrent
     * write of the same organisation fails the call (duplicate insert, or no match on
     * {@code {_id, version}}) and the binder's retry reads the copy again.
     */
    public Mono<Void> apply(OrgSnapshot snapshot) {
        DirectoryOrg incoming = DirectoryOrg.of(snapshot);
        return find(incoming.id()).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(stored -> {
            if (stored.isEmpty()) {
                return mongo.insert(incoming, DirectoryOrg.COLLECTION).then();
            }
            if (stored.get().version() >= incoming.version()) {
                return Mono.empty();
            }
            return replace(stored.get(), incoming);
        });
    }

    private Mono<Void> replace(DirectoryOrg stored, DirectoryOrg incoming) {
        Query same = Query.query(Criteria.where("_id").is(stored.id()).and("version").is(stored.version()));
        Update update = new Update()
                .set("districtId", incoming.districtId())
                .set("parentId", incoming.parentId())
                .set("path", incoming.path())
                .set("tier", incoming.tier())
                .set("kind", incoming.kind())
                .set("code", incoming.code())
                .set("name", incoming.name())
                .set("retired", incoming.retired())
                .set("version", incoming.version())
                .set("updatedAt", incoming.updatedAt());
        return mongo.updateFirst(same, update, DirectoryOrg.class, DirectoryOrg.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 1 ? Mono.<Void>empty()
                        : Mono.error(new IllegalStateException("organisation " + stored.id() + " changed concurrently")));
    }
}
