package org.linkage.taskdispatch.org;

import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.events.org.UnitSnapshot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * This service's copy of one resident unit (驻区单位), as organization last published it.
 *
 * @param orgId   the community or street the unit is registered (报到) with
 * @param version organization's version; an older snapshot never replaces a newer copy
 */
@Document(DirectoryUnit.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true),
        @CompoundIndex(name = "district_category", def = "{'districtId': 1, 'category': 1}")
})
public record DirectoryUnit(@Id String id, String districtId, String orgId, String name, UnitCategory category,
                            boolean retired, long version, Instant updatedAt) {

    public static final String COLLECTION = "unit_directory";

    static DirectoryUnit of(UnitSnapshot snapshot) {
        return new DirectoryUnit(snapshot.unitId(), snapshot.districtId(), snapshot.orgId(), snapshot.name(),
                snapshot.category(), snapshot.retired(), snapshot.version(), snapshot.updatedAt());
    }
}
