package org.linkage.taskdispatch.cascade;

import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.DirectoryUnit;

import java.util.List;

/**
 * Whom a task reaches, grouped by street.
 *
 * @param groups            one per street; for a street's own task, the single group of that street
 * @param communitiesChosen whether the task named its communities (a relay street then dispatches only to them)
 * @param units             the resident units of a UNIT_CATEGORY task, else empty
 */
public record Targets(List<Group> groups, boolean communitiesChosen, List<UnitTarget> units) {

    public Targets(List<Group> groups, boolean communitiesChosen) {
        this(groups, communitiesChosen, List.of());
    }

    /** Resident units of a category, each with the organisation it is registered with. */
    public static Targets ofUnits(List<UnitTarget> units) {
        return new Targets(List.of(), false, units);
    }

    public record UnitTarget(DirectoryUnit unit, DirectoryOrg host) {
    }

    /** @param communities the street's targeted communities; empty when the scope names streets and none are needed */
    public record Group(DirectoryOrg street, List<DirectoryOrg> communities) {
    }
}
