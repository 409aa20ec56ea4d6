package org.linkage.organization.org;

import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of the tree: a child's tier is exactly one below its parent's; a district has no
 * parent; departments (区职能部门) hang off their district outside the cascade line; each kind
 * belongs to one tier.
 */
public final class OrgRules {

    public static final int MAX_NAME_LENGTH = 64;
    public static final String CODE_PATTERN = "[0-9A-Za-z][0-9A-Za-z_-]{0,31}";

    private static final Map<OrgTier, Set<OrgKind>> KINDS = Map.of(
            OrgTier.DISTRICT, Set.of(OrgKind.DISTRICT, OrgKind.DEPARTMENT),
            OrgTier.STREET, Set.of(OrgKind.STREET, OrgKind.TOWN),
            OrgTier.COMMUNITY, Set.of(OrgKind.COMMUNITY, OrgKind.VILLAGE),
            OrgTier.GRID, Set.of(OrgKind.GRID));

    private OrgRules() {
    }

    /** The default kind of a tier when a request names none. */
    public static OrgKind defaultKind(OrgTier tier) {
        return switch (tier) {
            case DISTRICT -> OrgKind.DISTRICT;
            case STREET -> OrgKind.STREET;
            case COMMUNITY -> OrgKind.COMMUNITY;
            case GRID -> OrgKind.GRID;
        };
    }

    /** Why this kind cannot be of this tier, or empty. */
    public static Optional<String> kindProblem(OrgTier tier, OrgKind kind) {
        return KINDS.get(tier).contains(kind) ? Optional.empty()
                : Optional.of("kind " + kind + " is not of tier " + tier + " (allowed: " + KINDS.get(tier) + ")");
    }

    /**
     * Why an organisation of this tier and kind cannot hang below a parent of {@code parentTier}
     * and {@code parentKind} (both null for no parent), or empty.
     */
    public static Optional<String> parentProblem(OrgTier tier, OrgKind kind, OrgTier parentTier, OrgKind parentKind) {
        if (tier == OrgTier.DISTRICT) {
            if (kind == OrgKind.DEPARTMENT) {
                return parentKind == OrgKind.DISTRICT ? Optional.empty()
                        : Optional.of("a department must belong to a district");
            }
            return parentTier == null ? Optional.empty() : Optional.of("a district has no parent");
        }
        if (parentTier == null) {
            return Optional.of("a " + tier + " needs a parent of tier " + above(tier));
        }
        if (parentKind == OrgKind.DEPARTMENT) {
            return Optional.of("nothing can be placed below a department");
        }
        return parentTier == above(tier) ? Optional.empty()
                : Optional.of("a " + tier + " must be placed below a " + above(tier) + ", not a " + parentTier);
    }

    private static OrgTier above(OrgTier tier) {
        return OrgTier.values()[tier.ordinal() - 1];
    }
}
