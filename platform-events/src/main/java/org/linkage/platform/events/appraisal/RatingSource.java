package org.linkage.platform.events.appraisal;

/** Where a rating comes from. */
public enum RatingSource {
    /** 双向述职: organisations and departments rating each other. */
    TWO_WAY_REPORTING,
    RESIDENT,
    RESIDENT_UNIT
}
