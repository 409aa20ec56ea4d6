package org.linkage.platform.events.org;

/** Where an organisation sits in the three-tier linkage; grids hang below communities. */
public enum OrgTier {
    DISTRICT,
    STREET,
    COMMUNITY,
    GRID
}
