package org.linkage.organization.importing;

/**
 * One row of a tree import. Tier and kind stay text here so that every bad value is reported
 * with its row, rather than the first one failing the whole body.
 *
 * @param parentCode the code of the parent, in the same file or already in the tree; blank for a district
 */
public record ImportNode(String code, String name, String tier, String kind, String parentCode) {
}
