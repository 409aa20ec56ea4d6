package org.linkage.organization.org;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One organisation of the tree, with its materialised ancestry and its unpublished events.
 *
 * @param path            ancestor ids, district first, without itself
 * @param districtId      the root of its tree (itself for a district): the Kafka key of its events
 * @param pendingIntentId set while a multi-document change (import, move) touching it is applied;
 *                        readers then see it as {@code PENDING}
 * @param version         incremented by every update; updates match {@code {_id, version}}
 */
@Document(Org.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record Org(@Id String id, @Indexed(unique = true) String code, String name, OrgTier tier, OrgKind kind,
                  @Indexed String parentId, @Indexed List<String> path, String districtId, boolean retired,
                  String pendingIntentId, long version, Instant createdAt, Instant updatedAt,
                  List<EventEnvelope> outbox) {

    public static final String COLLECTION = "orgs";

    /** Ancestors and itself, district first: the path its children get. */
    public List<String> pathIncludingSelf() {
        List<String> full = new ArrayList<>(path);
        full.add(id);
        return List.copyOf(full);
    }

    public boolean isPending() {
        return pendingIntentId != null;
    }

    public boolean isDepartment() {
        return kind == OrgKind.DEPARTMENT;
    }
}
