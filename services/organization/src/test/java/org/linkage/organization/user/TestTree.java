package org.linkage.organization.user;

import org.bson.Document;
import org.linkage.organization.org.Org;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A small district written straight into the {@code orgs} collection, so user tests do not depend on
 * the organisation API: a district with a department, two streets, a community in street A and a grid.
 * Ids and codes are unique per call.
 */
public record TestTree(String district, String department, String streetA, String streetB, String communityA,
                       String gridA) {

    public static TestTree insert(ReactiveMongoTemplate mongo) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestTree tree = new TestTree("org-" + run + "-d", "org-" + run + "-dept", "org-" + run + "-sa",
                "org-" + run + "-sb", "org-" + run + "-ca", "org-" + run + "-ga");
        List<Document> orgs = List.of(
                org(tree.district, "朝阳区", OrgTier.DISTRICT, OrgKind.DISTRICT, null, List.of(), tree),
                org(tree.department, "区民政局", OrgTier.DISTRICT, OrgKind.DEPARTMENT, tree.district, List.of(tree.district), tree),
                org(tree.streetA, "建外街道", OrgTier.STREET, OrgKind.STREET, tree.district, List.of(tree.district), tree),
                org(tree.streetB, "呼家楼街道", OrgTier.STREET, OrgKind.STREET, tree.district, List.of(tree.district), tree),
                org(tree.communityA, "建外社区", OrgTier.COMMUNITY, OrgKind.COMMUNITY, tree.streetA,
                        List.of(tree.district, tree.streetA), tree),
                org(tree.gridA, "第一网格", OrgTier.GRID, OrgKind.GRID, tree.communityA,
                        List.of(tree.district, tree.streetA, tree.communityA), tree));
        mongo.insert(orgs, Org.COLLECTION).blockLast();
        return tree;
    }

    private static Document org(String id, String name, OrgTier tier, OrgKind kind, String parentId, List<String> path,
                                TestTree tree) {
        return new Document("_id", id)
                .append("code", id)
                .append("name", name)
                .append("tier", tier.name())
                .append("kind", kind.name())
                .append("parentId", parentId)
                .append("path", path)
                .append("districtId", tree.district)
                .append("retired", false)
                .append("version", 0L)
                .append("createdAt", new Date())
                .append("updatedAt", new Date())
                .append("outbox", List.of());
    }
}
