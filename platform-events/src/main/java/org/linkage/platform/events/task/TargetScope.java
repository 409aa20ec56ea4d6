package org.linkage.platform.events.task;

/** Whom a task is issued to, inside the issuer's subtree. */
public enum TargetScope {
    ALL_STREETS,
    /** The streets listed in {@code targetOrgIds}. */
    STREETS,
    ALL_COMMUNITIES,
    /** The communities listed in {@code targetOrgIds}. */
    COMMUNITIES,
    /** Every resident unit of {@code targetUnitCategory}. */
    UNIT_CATEGORY
}
