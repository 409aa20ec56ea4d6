package org.linkage.organization.member;

/** As on the member's Party record; optional. */
public enum Gender {
    MALE,
    FEMALE
}
