package org.linkage.taskdispatch.cascade;

import org.linkage.taskdispatch.org.DirectoryOrg;

import java.util.List;

/**
 * Whom a task reaches, grouped by street.
 *
 * @param groups            one per street; for a street's own task, the single group of that street
 * @param communitiesChosen whether the task named its communities (a relay street then dispatches only to them)
 */
public record Targets(List<Group> groups, boolean communitiesChosen) {

    /** @param communities the street's targeted communities; empty when the scope names streets and none are needed */
    public record Group(DirectoryOrg street, List<DirectoryOrg> communities) {
    }
}
