package org.linkage.organization.importing;

import java.util.List;

/** The JSON form of a tree import: {@code {"nodes": [{"code", "name", "tier", "kind", "parentCode"}]}}. */
public record TreeImportRequest(List<ImportNode> nodes) {
}
