package org.linkage.organization.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTests {

    @Test
    void officersFitOnlyTheirOwnTierOrKind() {
        assertThat(Role.DISTRICT_OFFICER.fits(OrgTier.DISTRICT, OrgKind.DISTRICT)).isTrue();
        assertThat(Role.DISTRICT_OFFICER.fits(OrgTier.DISTRICT, OrgKind.DEPARTMENT)).as("a department is not the district").isFalse();
        assertThat(Role.DEPARTMENT_OFFICER.fits(OrgTier.DISTRICT, OrgKind.DEPARTMENT)).isTrue();
        assertThat(Role.DEPARTMENT_OFFICER.fits(OrgTier.DISTRICT, OrgKind.DISTRICT)).isFalse();
        assertThat(Role.STREET_OFFICER.fits(OrgTier.STREET, OrgKind.STREET)).isTrue();
        assertThat(Role.STREET_OFFICER.fits(OrgTier.STREET, OrgKind.TOWN)).as("a town is a street-tier body").isTrue();
        assertThat(Role.STREET_OFFICER.fits(OrgTier.COMMUNITY, OrgKind.COMMUNITY)).isFalse();
        assertThat(Role.COMMUNITY_OFFICER.fits(OrgTier.COMMUNITY, OrgKind.VILLAGE)).isTrue();
        assertThat(Role.COMMUNITY_OFFICER.fits(OrgTier.STREET, OrgKind.STREET)).isFalse();
        assertThat(Role.GRID_SUPERVISOR.fits(OrgTier.GRID, OrgKind.GRID)).isTrue();
        assertThat(Role.GRID_SUPERVISOR.fits(OrgTier.COMMUNITY, OrgKind.COMMUNITY)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "UNIT_CONTACT", "MEMBER", "AUDITOR"})
    void theOtherRolesFitAnyOrganisation(Role role) {
        for (OrgKind kind : OrgKind.values()) {
            assertThat(role.fits(tierOf(kind), kind)).as("%s in a %s", role, kind).isTrue();
        }
        assertThat(role.requirement()).isEqualTo("any organisation");
    }

    @Test
    void theRequirementNamesWhatIsMissing() {
        assertThat(Role.STREET_OFFICER.requirement()).isEqualTo("an organisation of tier STREET");
        assertThat(Role.DEPARTMENT_OFFICER.requirement()).isEqualTo("an organisation of kind DEPARTMENT");
    }

    @Test
    void onlyAdministratorsAndOfficersManageUsers() {
        assertThat(Role.anyManagesUsers(Set.of("ADMIN"))).isTrue();
        assertThat(Role.anyManagesUsers(Set.of("MEMBER", "STREET_OFFICER"))).isTrue();
        for (String role : List.of("GRID_SUPERVISOR", "UNIT_CONTACT", "MEMBER", "AUDITOR")) {
            assertThat(Role.anyManagesUsers(Set.of(role))).as(role).isFalse();
        }
        assertThat(Role.anyManagesUsers(Set.of("ORG_ADMIN"))).as("unknown names grant nothing").isFalse();
    }

    private static OrgTier tierOf(OrgKind kind) {
        return switch (kind) {
            case DISTRICT, DEPARTMENT -> OrgTier.DISTRICT;
            case STREET, TOWN -> OrgTier.STREET;
            case COMMUNITY, VILLAGE -> OrgTier.COMMUNITY;
            case GRID -> OrgTier.GRID;
        };
    }
}
