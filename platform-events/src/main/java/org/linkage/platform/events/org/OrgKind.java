package org.linkage.platform.events.org;

/** What an organisation is, within its tier: a town is a street-tier body, a village a community-tier one. */
public enum OrgKind {
    /** 区委 / 区政府, tier DISTRICT. */
    DISTRICT,
    /** 区职能部门, a district functional department, tier DISTRICT; answers tasks and whistles. */
    DEPARTMENT,
    /** 街道, tier STREET. */
    STREET,
    /** 乡镇, tier STREET. */
    TOWN,
    /** 社区, tier COMMUNITY. */
    COMMUNITY,
    /** 村, tier COMMUNITY. */
    VILLAGE,
    /** 网格, tier GRID. */
    GRID
}
