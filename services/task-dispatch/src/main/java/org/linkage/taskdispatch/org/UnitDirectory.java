package org.linkage.taskdispatch.org;

import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.events.org.UnitSnapshot;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Optional;

/**
 * The read copy of the resident units, fed by organization's compacted snapshot topic like the
 * organisation directory. A district has tens to hundreds of units, so the category lookup may scan.
 */
@Component
public class UnitDirectory {

    private final ReactiveMongoTemplate mongo;

    public UnitDirectory(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<DirectoryUnit> find(String id) {
        return mongo.findById(id, DirectoryUnit.class, DirectoryUnit.COLLECTION);
    }

    public Flux<DirectoryUnit> findAll(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), DirectoryUnit.class, DirectoryUnit.COLLECTION);
    }

    /** The registered (not retired) units of one category in a district, by name. */
    public Flux<DirectoryUnit> ofCategory(String districtId, UnitCategory category) {
        Query query = Query.query(Criteria.where("districtId").is(districtId).and("category").is(category)
                .and("retired").is(false)).with(Sort.by("name", "_id"));
        return mongo.find(query, DirectoryUnit.class, DirectoryUnit.COLLECTION);
    }

    /** Keeps the snapshot unless the copy holds that version or a newer one; a concurrent write fails for a retry. */
    public Mono<Void> apply(UnitSnapshot snapshot) {
        DirectoryUnit incoming = DirectoryUnit.of(snapshot);
        return find(incoming.id()).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(stored -> {
            if (stored.isEmpty()) {
                return mongo.insert(incoming, DirectoryUnit.COLLECTION).then();
            }
            if (stored.get().version() >= incoming.version()) {
                return Mono.empty();
            }
            Query same = Query.query(Criteria.where("_id").is(incoming.id()).and("version").is(stored.get().version()));
            Update update = new Update().set("districtId", incoming.districtId()).set("orgId", incoming.orgId())
                    .set("name", incoming.name()).set("category", incoming.category()).set("retired", incoming.retired())
                    .set("version", incoming.version()).set("updatedAt", incoming.updatedAt());
            return mongo.updateFirst(same, update, DirectoryUnit.COLLECTION)
                    .flatMap(result -> result.getMatchedCount() == 1 ? Mono.<Void>empty()
                            : Mono.error(new IllegalStateException("unit " + incoming.id() + " changed concurrently")));
        });
    }
}
