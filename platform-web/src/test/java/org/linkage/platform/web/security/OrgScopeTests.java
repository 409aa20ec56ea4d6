package org.linkage.platform.web.security;

import org.junit.jupiter.api.Test;
import org.linkage.platform.web.problem.ApiException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgScopeTests {

    final LinkagePrincipal streetOfficer = new LinkagePrincipal("u1", "street", "street-a", List.of("district"), null,
            Set.of("STREET_OFFICER"));

    @Test
    void aCallerCoversItsOwnOrganisationAndEverythingBelowIt() {
        assertThat(OrgScope.covers(streetOfficer, "street-a", List.of("district"))).isTrue();
        assertThat(OrgScope.covers(streetOfficer, "community-a1", List.of("district", "street-a"))).isTrue();
        assertThat(OrgScope.covers(streetOfficer, "grid", List.of("district", "street-a", "community-a1"))).isTrue();
    }

    @Test
    void notItsSiblingsNorItsAncestors() {
        assertThat(OrgScope.covers(streetOfficer, "street-b", List.of("district"))).isFalse();
        assertThat(OrgScope.covers(streetOfficer, "community-b1", List.of("district", "street-b"))).isFalse();
        assertThat(OrgScope.covers(streetOfficer, "district", List.of())).isFalse();
        assertThatThrownBy(() -> OrgScope.require(streetOfficer, "street-b", List.of("district")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    }

    @Test
    void anAdministratorCoversEverything() {
        LinkagePrincipal admin = new LinkagePrincipal("admin", "admin", null, List.of(), null, Set.of("ADMIN"));

        assertThat(OrgScope.covers(admin, "anything", List.of("x"))).isTrue();
    }

    @Test
    void aCallerWithoutOrganisationCoversNothing() {
        LinkagePrincipal member = new LinkagePrincipal("m", "m", null, List.of(), null, Set.of("MEMBER"));

        assertThat(OrgScope.covers(member, "street-a", List.of("district"))).isFalse();
    }
}
