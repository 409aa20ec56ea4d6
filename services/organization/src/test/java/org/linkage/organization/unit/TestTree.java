package org.linkage.organization.unit;

import org.bson.Document;
import org.linkage.organization.org.Org;
import org.linkage.platform.test.Callers;
import org.linkage.platform.events.org.OrgTier;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A district with two streets, two communities in each and a grid in community A1, written straight
 * into the {@code orgs} collection with fresh ids, so every test has a tree of its own.
 */
public record TestTree(Node district, Node streetA, Node streetB, Node communityA1, Node communityA2,
                       Node communityB1, Node communityB2, Node gridA1) {

    /** One organisation of the tree and the callers who act for it. */
    public record Node(String id, OrgTier tier, List<String> path) {

        /** The officer of this organisation's tier, e.g. a COMMUNITY_OFFICER for a community. */
        public JwtMutator officer() {
            return caller(tier + "_OFFICER");
        }

        public JwtMutator caller(String role) {
            return Callers.officer(role, id, path);
        }

        Node child(String id, OrgTier tier) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(this.id);
            return new Node(id, tier, List.copyOf(childPath));
        }
    }

    public static TestTree plant(ReactiveMongoTemplate mongo) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Node district = new Node("org-" + run + "-d", OrgTier.DISTRICT, List.of());
        Node streetA = district.child("org-" + run + "-sa", OrgTier.STREET);
        Node streetB = district.child("org-" + run + "-sb", OrgTier.STREET);
        Node communityA1 = streetA.child("org-" + run + "-ca1", OrgTier.COMMUNITY);
        TestTree tree = new TestTree(district, streetA, streetB, communityA1,
                streetA.child("org-" + run + "-ca2", OrgTier.COMMUNITY), streetB.child("org-" + run + "-cb1", OrgTier.COMMUNITY),
                streetB.child("org-" + run + "-cb2", OrgTier.COMMUNITY), communityA1.child("org-" + run + "-ga1", OrgTier.GRID));
        List<Document> orgs = List.of(
                org(tree.district, "朝阳区"), org(tree.streetA, "建外街道"), org(tree.streetB, "呼家楼街道"),
                org(tree.communityA1, "建外社区"), org(tree.communityA2, "永安里社区"),
                org(tree.communityB1, "关东店社区"), org(tree.communityB2, "呼家楼北社区"), org(tree.gridA1, "建外第一网格"));
        mongo.insertAll(Mono.just(orgs), Org.COLLECTION).blockLast();
        return tree;
    }

    private static Document org(Node node, String name) {
        Instant now = Instant.now();
        return new Document("_id", node.id())
                .append("code", node.id())
                .append("name", name)
                .append("tier", node.tier().name())
                .append("kind", node.tier().name())
                .append("parentId", node.path().isEmpty() ? null : node.path().get(node.path().size() - 1))
                .append("path", node.path())
                .append("districtId", node.path().isEmpty() ? node.id() : node.path().get(0))
                .append("retired", false)
                .append("version", 0L)
                .append("createdAt", Date.from(now))
                .append("updatedAt", Date.from(now))
                .append("outbox", List.of());
    }
}
