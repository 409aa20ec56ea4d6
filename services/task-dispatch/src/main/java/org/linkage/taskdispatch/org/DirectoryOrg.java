package org.linkage.taskdispatch.org;

import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgSnapshot;
import org.linkage.platform.events.org.OrgTier;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * This service's copy of one organisation, as organization last published it.
 *
 * @param path    ancestor ids, district first, without itself
 * @param version organization's version; an older snapshot never replaces a newer copy
 */
@Document(DirectoryOrg.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record DirectoryOrg(@Id String id, String districtId, @Indexed String parentId, @Indexed List<String> path,
                           OrgTier tier, OrgKind kind, String code, String name, boolean retired, long version,
                           Instant updatedAt) {

    public static final String COLLECTION = "org_directory";

    static DirectoryOrg of(OrgSnapshot snapshot) {
        return new DirectoryOrg(snapshot.orgId(), snapshot.districtId(), snapshot.parentId(),
                snapshot.path() == null ? List.of() : List.copyOf(snapshot.path()), snapshot.tier(), snapshot.kind(),
                snapshot.code(), snapshot.name(), snapshot.retired(), snapshot.version(), snapshot.updatedAt());
    }

    /** Ancestors and itself, district first: the path its children have. */
    public List<String> pathIncludingSelf() {
        List<String> full = new ArrayList<>(path);
        full.add(id);
        return List.copyOf(full);
    }
}
