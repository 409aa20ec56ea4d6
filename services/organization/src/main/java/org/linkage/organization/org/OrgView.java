package org.linkage.organization.org;

import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;

import java.time.Instant;
import java.util.List;

/**
 * An organisation as the API shows it. {@code state} is PENDING while an import or move touching it
 * is being applied, so a reader never mistakes a half-applied change for the tree.
 */
public record OrgView(String id, String code, String name, OrgTier tier, OrgKind kind, String parentId,
                      List<String> path, String districtId, State state, long version, Instant createdAt,
                      Instant updatedAt) {

    public enum State { ACTIVE, PENDING, RETIRED }

    public static OrgView of(Org org) {
        State state = org.isPending() ? State.PENDING : org.retired() ? State.RETIRED : State.ACTIVE;
        return new OrgView(org.id(), org.code(), org.name(), org.tier(), org.kind(), org.parentId(), org.path(),
                org.districtId(), state, org.version(), org.createdAt(), org.updatedAt());
    }

    /** What a caller may see of the organisations above its own: names, not details. */
    public record Summary(String id, String code, String name, OrgTier tier, OrgKind kind) {

        public static Summary of(Org org) {
            return new Summary(org.id(), org.code(), org.name(), org.tier(), org.kind());
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
