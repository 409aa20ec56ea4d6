package org.linkage.organization.demo;

import org.linkage.organization.importing.ImportNode;
import org.linkage.organization.importing.TreeImports;
import org.linkage.organization.member.Gender;
import org.linkage.organization.member.MemberRequests;
import org.linkage.organization.member.MemberService;
import org.linkage.organization.org.Org;
import org.linkage.organization.org.OrgStore;
import org.linkage.organization.unit.UnitContact;
import org.linkage.organization.unit.UnitRequests;
import org.linkage.organization.unit.UnitService;
import org.linkage.organization.user.NewUser;
import org.linkage.organization.user.Role;
import org.linkage.organization.user.UserService;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a fictional demo district through the same services the API uses: 1 district, 3
 * departments, 10 streets of 10 communities, 2 grids, 50 resident units, 200 Party members, and a
 * user for every organisation, department and unit plus a few members. Runs before the service
 * reports ready, once: a district with the demo code already there means it was loaded.
 */
@Component
@ConditionalOnBooleanProperty("linkage.demo.enabled")
class DemoDistrict {

    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);
    private static final LinkagePrincipal LOADER = UserService.SYSTEM;
    private static final UnitCategory[] CATEGORIES = {UnitCategory.SCHOOL, UnitCategory.PUBLIC_INSTITUTION,
            UnitCategory.STATE_OWNED_ENTERPRISE, UnitCategory.PRIVATE_ENTERPRISE, UnitCategory.SOCIAL_ORGANIZATION};

    private final TreeImports imports;
    private final OrgStore orgs;
    private final UnitService units;
    private final MemberService members;
    private final UserService users;
    private final DemoProperties properties;

    DemoDistrict(TreeImports imports, OrgStore orgs, UnitService units, MemberService members, UserService users,
                 DemoProperties properties) {
        this.imports = imports;
        this.orgs = orgs;
        this.units = units;
        this.members = members;
        this.users = users;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        long started = System.nanoTime();
        Boolean loaded = orgs.findByCode(DemoNames.DISTRICT_CODE).hasElement()
                .flatMap(present -> present ? Mono.just(false) : loadAll().thenReturn(true))
                .block(Duration.ofMinutes(5));
        if (Boolean.TRUE.equals(loaded)) {
            log.info("demo district {} loaded in {} ms; every demo user's password is the configured demo password",
                    DemoNames.DISTRICT, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Mono<Void> loadAll() {
        return imports.importTree(LOADER, tree(), row -> "demo[" + row + "]")
                .then(orgs.findByCode(DemoNames.DISTRICT_CODE))
                .flatMap(district -> orgs.descendants(district.id()).collectMap(Org::code)
                        .map(byCode -> {
                            byCode.put(district.code(), district);
                            return byCode;
                        }))
                .flatMap(byCode -> unitsAndMembers(byCode).then(orgUsers(byCode)));
    }

    private static List<ImportNode> tree() {
        List<ImportNode> nodes = new ArrayList<>();
        nodes.add(new ImportNode(DemoNames.DISTRICT_CODE, DemoNames.DISTRICT, "DISTRICT", null, null));
        for (int d = 0; d < DemoNames.DEPARTMENTS.size(); d++) {
            nodes.add(new ImportNode(DemoNames.DISTRICT_CODE + "D" + (d + 1), DemoNames.DEPARTMENTS.get(d), "DISTRICT",
                    "DEPARTMENT", DemoNames.DISTRICT_CODE));
        }
        for (int s = 0; s < DemoNames.STREETS.size(); s++) {
            nodes.add(new ImportNode(DemoNames.streetCode(s), DemoNames.STREETS.get(s) + "街道", "STREET", null,
                    DemoNames.DISTRICT_CODE));
            for (int c = 0; c < DemoNames.COMMUNITIES.size(); c++) {
                nodes.add(new ImportNode(DemoNames.communityCode(s, c), DemoNames.COMMUNITIES.get(c) + "社区", "COMMUNITY",
                        null, DemoNames.streetCode(s)));
            }
        }
        for (int g = 1; g <= 2; g++) {
            nodes.add(new ImportNode(DemoNames.communityCode(0, 0) + "G" + g, "第" + g + "网格", "GRID", null,
                    DemoNames.communityCode(0, 0)));
        }
        return nodes;
    }

    /** 50 units (5 per street, in its first communities) and 200 members (2 per community), half reported in. */
    private Mono<Void> unitsAndMembers(Map<String, Org> byCode) {
        Flux<Void> unitWork = Flux.range(0, 50).concatMap(i -> {
            Org community = byCode.get(DemoNames.communityCode(i / 5, i % 5));
            String name = String.format(DemoNames.UNITS.get(i % DemoNames.UNITS.size()), i + 1);
            var contact = new UnitContact(DemoNames.person(i), "1390000" + String.format("%04d", i), "党建联络员");
            return units.register(LOADER, new UnitRequests.RegisterUnit(name, CATEGORIES[i % CATEGORIES.length], null,
                            community.id(), List.of(contact)))
                    .flatMap(unit -> users.create(LOADER, new NewUser(String.format("unit-%02d", i + 1), properties.password(),
                            name + "联络员", community.id(), Set.of(Role.UNIT_CONTACT), unit.id(), null)))
                    .then();
        });
        Flux<Void> memberWork = Flux.range(0, 200).concatMap(i -> {
            Org community = byCode.get(DemoNames.communityCode(i / 20, (i / 2) % 10));
            var request = new MemberRequests.RegisterMember(DemoNames.person(i + 7), i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                    "1380000" + String.format("%04d", i), null, i % 2 == 0 ? "示范区机关" : null, community.id(), null, i % 2 == 0);
            return members.register(LOADER, request)
                    .flatMap(member -> i % 2 == 0 ? members.reportIn(LOADER, member.id(), MemberRequests.ReportIn.HOME) : Mono.just(member))
                    .flatMap(member -> i < 5 ? users.create(LOADER, new NewUser("member-" + (i + 1), properties.password(),
                            member.name(), community.id(), Set.of(Role.MEMBER), null, member.id())).then() : Mono.<Void>empty())
                    .then();
        });
        return unitWork.thenMany(memberWork).then();
    }

    /** One officer per organisation: district, auditor, each department, street, community and grid. */
    private Mono<Void> orgUsers(Map<String, Org> byCode) {
        List<NewUser> accounts = new ArrayList<>();
        Org district = byCode.get(DemoNames.DISTRICT_CODE);
        accounts.add(user("district", DemoNames.DISTRICT + "党建办", district, Role.DISTRICT_OFFICER));
        accounts.add(user("auditor", DemoNames.DISTRICT + "考核办", district, Role.AUDITOR));
        for (int d = 0; d < DemoNames.DEPARTMENTS.size(); d++) {
            accounts.add(user("dept-" + (d + 1), DemoNames.DEPARTMENTS.get(d), byCode.get(DemoNames.DISTRICT_CODE + "D" + (d + 1)),
                    Role.DEPARTMENT_OFFICER));
        }
        for (int s = 0; s < DemoNames.STREETS.size(); s++) {
            Org street = byCode.get(DemoNames.streetCode(s));
            accounts.add(user(String.format("street-%02d", s + 1), street.name() + "党工委", street, Role.STREET_OFFICER));
            for (int c = 0; c < DemoNames.COMMUNITIES.size(); c++) {
                Org community = byCode.get(DemoNames.communityCode(s, c));
                accounts.add(user(String.format("community-%02d-%02d", s + 1, c + 1), street.name() + community.name() + "党委",
                        community, Role.COMMUNITY_OFFICER));
            }
        }
        for (int g = 1; g <= 2; g++) {
            accounts.add(user("grid-" + g, "第" + g + "网格网格员", byCode.get(DemoNames.communityCode(0, 0) + "G" + g),
                    Role.GRID_SUPERVISOR));
        }
        return Flux.fromIterable(accounts).concatMap(account -> users.create(LOADER, account)).then();
    }

    private NewUser user(String username, String displayName, Org org, Role role) {
        return new NewUser(username, properties.password(), displayName, org.id(), Set.of(role), null, null);
    }
}
