package org.linkage.organization.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdminBootstrapTests {

    @Test
    void aConfiguredPasswordIsUsedEverywhere() {
        assertThat(AdminBootstrap.adminPassword("s3cret-管理", true)).isEqualTo("s3cret-管理");
        assertThat(AdminBootstrap.adminPassword("s3cret-管理", false)).isEqualTo("s3cret-管理");
    }

    @Test
    void withoutOneLocalDevelopmentGetsTheDefault() {
        assertThat(AdminBootstrap.adminPassword(null, false)).isEqualTo("admin");
        assertThat(AdminBootstrap.adminPassword("  ", false)).isEqualTo("admin");
    }

    @Test
    void withoutOneProductionRefusesToStart() {
        assertThatThrownBy(() -> AdminBootstrap.adminPassword("", true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LINKAGE_ADMIN_PASSWORD");
    }

    @Test
    void aPasswordBcryptCannotHoldIsRefused() {
        assertThatThrownBy(() -> AdminBootstrap.adminPassword("密".repeat(25), false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("72 bytes");
    }
}
