package org.linkage.platform.events.org;

/** Category of a resident unit (驻区单位); tasks can target all units of one category. */
public enum UnitCategory {
    GOVERNMENT_AGENCY,
    /** 事业单位. */
    PUBLIC_INSTITUTION,
    SCHOOL,
    STATE_OWNED_ENTERPRISE,
    /** A new economic organisation (非公企业), one of the "two new" organisations. */
    PRIVATE_ENTERPRISE,
    /** A new social organisation (社会组织), the other of the "two new". */
    SOCIAL_ORGANIZATION,
    OTHER
}
