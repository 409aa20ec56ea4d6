package org.linkage.organization.user;

import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;

import java.util.Collection;

/**
 * What a user may do, and where: an officer role belongs to one tier (or kind) of the tree, so a
 * street officer acts for a street, never for a community. The other roles fit any organisation.
 */
public enum Role {

    ADMIN(true, null, null),
    DISTRICT_OFFICER(true, null, OrgKind.DISTRICT),
    DEPARTMENT_OFFICER(true, null, OrgKind.DEPARTMENT),
    STREET_OFFICER(true, OrgTier.STREET, null),
    COMMUNITY_OFFICER(true, OrgTier.COMMUNITY, null),
    GRID_SUPERVISOR(false, OrgTier.GRID, null),
    UNIT_CONTACT(false, null, null),
    MEMBER(false, null, null),
    AUDITOR(false, null, null);

    private final boolean managesUsers;
    private final OrgTier requiredTier;
    private final OrgKind requiredKind;

    Role(boolean managesUsers, OrgTier requiredTier, OrgKind requiredKind) {
        this.managesUsers = managesUsers;
        this.requiredTier = requiredTier;
        this.requiredKind = requiredKind;
    }

    /** Whether holders may create and disable users inside their scope. */
    public boolean managesUsers() {
        return managesUsers;
    }

    public boolean fits(OrgTier tier, OrgKind kind) {
        return (requiredTier == null || requiredTier == tier) && (requiredKind == null || requiredKind == kind);
    }

    /** What the organisation must be, for error messages: e.g. "an organisation of tier STREET". */
    public String requirement() {
        if (requiredKind != null) {
            return "an organisation of kind " + requiredKind;
        }
        return requiredTier != null ? "an organisation of tier " + requiredTier : "any organisation";
    }

    /** Whether any of these role names (as carried in a token) manages users. */
    public static boolean anyManagesUsers(Collection<String> roleNames) {
        for (Role role : values()) {
            if (role.managesUsers && roleNames.contains(role.name())) {
                return true;
            }
        }
        return false;
    }
}
