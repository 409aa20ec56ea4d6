package org.linkage.taskdispatch.support;

import org.linkage.platform.test.Callers;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgSnapshot;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.events.org.UnitSnapshot;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.org.UnitDirectory;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A district of fresh ids, published the way organization publishes it (OrgSnapshot records on the
 * compacted snapshot topic of the real broker), and awaited until the directory holds all of it.
 */
public final class TestTree {

    private final String prefix = UUID.randomUUID().toString().substring(0, 8);
    private final EventPublisher publisher;
    private final Outbox outbox;
    private final OrgDirectory directory;
    private final List<TestOrg> all = new ArrayList<>();
    private final List<TestOrg> streets = new ArrayList<>();
    private final List<List<TestOrg>> communities = new ArrayList<>();
    private final TestOrg district;

    /** @param shape how many communities each street has */
    public TestTree(EventPublisher publisher, Outbox outbox, OrgDirectory directory, int... shape) {
        this.publisher = publisher;
        this.outbox = outbox;
        this.directory = directory;
        district = add(new TestOrg("d", "测试区", OrgTier.DISTRICT, OrgKind.DISTRICT, null, List.of()));
        for (int s = 0; s < shape.length; s++) {
            TestOrg street = add(new TestOrg("s" + s, "第" + (s + 1) + "街道", OrgTier.STREET, OrgKind.STREET,
                    district.id(), List.of(district.id())));
            streets.add(street);
            List<TestOrg> ofStreet = new ArrayList<>();
            for (int c = 0; c < shape[s]; c++) {
                ofStreet.add(add(new TestOrg("s" + s + "c" + c, "第" + (s + 1) + "-" + (c + 1) + "社区", OrgTier.COMMUNITY,
                        OrgKind.COMMUNITY, street.id(), List.of(district.id(), street.id()))));
            }
            communities.add(ofStreet);
        }
        all.forEach(org -> publish(org, 1, false));
        // a large district takes the directory longer than the usual wait: allow 100 ms more per organisation
        Eventually.await(() -> all.stream().allMatch(org -> directory.find(org.id()).blockOptional().isPresent()), done -> done,
                Duration.ofSeconds(30).plusMillis(100L * all.size()));
    }

    /** The shape of a district of {@code streets} streets with {@code communitiesEach} communities each. */
    public static int[] uniform(int streets, int communitiesEach) {
        int[] shape = new int[streets];
        Arrays.fill(shape, communitiesEach);
        return shape;
    }

    public TestOrg district() {
        return district;
    }

    public TestOrg street(int index) {
        return streets.get(index);
    }

    public TestOrg community(int street, int index) {
        return communities.get(street).get(index);
    }

    public List<TestOrg> streets() {
        return List.copyOf(streets);
    }

    public List<TestOrg> communities(int street) {
        return List.copyOf(communities.get(street));
    }

    /** Every community of the district, street by street. */
    public List<TestOrg> communities() {
        return communities.stream().flatMap(List::stream).toList();
    }

    /** Publishes one snapshot of the organisation, as organization would after a change; returns the event id. */
    public String publish(TestOrg org, long version, boolean retired) {
        OrgSnapshot snapshot = new OrgSnapshot(org.id(), district == null ? org.id() : district.id(), org.parentId(),
                org.path(), org.tier(), org.kind(), prefix + "-" + org.local(), org.name(), retired, version, Instant.now());
        var envelope = outbox.envelope(snapshot, org.id());
        publisher.send(envelope).block();
        return envelope.id();
    }

    /** Adds a district department (kind DEPARTMENT, below the district) and waits until the directory has it. */
    public TestOrg department(String local, String name) {
        TestOrg department = new TestOrg(district.id() + "-" + local, name, OrgTier.DISTRICT, OrgKind.DEPARTMENT,
                district.id(), List.of(district.id()), local);
        publish(department, 1, false);
        Eventually.await(() -> directory.find(department.id()).blockOptional().isPresent(), found -> found);
        return department;
    }

    /** Registers a resident unit with {@code host}, as organization publishes it, and waits until the directory has it. */
    public TestUnit unit(String local, String name, UnitCategory category, TestOrg host, UnitDirectory units) {
        TestUnit unit = new TestUnit(prefix + "-u-" + local, name, category, host);
        UnitSnapshot snapshot = new UnitSnapshot(unit.id(), district.id(), host.id(), name, category, null, null, false, 1,
                Instant.now());
        publisher.send(outbox.envelope(snapshot, unit.id())).block();
        Eventually.await(() -> units.find(unit.id()).blockOptional().isPresent(), found -> found);
        return unit;
    }

    private TestOrg add(TestOrg local) {
        TestOrg org = new TestOrg(prefix + "-" + local.local(), local.name(), local.tier(), local.kind(), local.parentId(),
                local.path(), local.local());
        all.add(org);
        return org;
    }

    public record TestUnit(String id, String name, UnitCategory category, TestOrg host) {

        /** The unit's contact user (UNIT_CONTACT), whose token names the unit. */
        public JwtMutator contact() {
            return Callers.unitContact(id, host.id(), host.path());
        }
    }

    /** @param path ancestors, district first */
    public record TestOrg(String id, String name, OrgTier tier, OrgKind kind, String parentId, List<String> path,
                          String local) {

        TestOrg(String local, String name, OrgTier tier, OrgKind kind, String parentId, List<String> path) {
            this(local, name, tier, kind, parentId, path, local);
        }

        /** An officer of this organisation (DEPARTMENT_OFFICER for a department). */
        public JwtMutator officer() {
            return Callers.officer((kind == OrgKind.DEPARTMENT ? "DEPARTMENT" : tier.name()) + "_OFFICER", id, path);
        }
    }
}
