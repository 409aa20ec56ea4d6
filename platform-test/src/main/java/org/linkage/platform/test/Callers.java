package org.linkage.platform.test;

import org.linkage.platform.web.security.Claims;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.JwtMutator;

import java.util.List;

/** Authenticated callers for slice and integration tests, with the claims a Linkage token carries. */
public final class Callers {

    private Callers() {
    }

    public static JwtMutator admin() {
        return caller("user-admin", null, List.of(), "ADMIN");
    }

    /** @param orgPath the organisation's ancestors, district first */
    public static JwtMutator officer(String role, String orgId, List<String> orgPath) {
        return caller("user-" + role.toLowerCase() + "-" + orgId, orgId, orgPath, role);
    }

    /**
     * The contact (UNIT_CONTACT) of a resident unit registered with {@code orgId}.
     *
     * @param orgPath the host organisation's ancestors, district first
     */
    public static JwtMutator unitContact(String unitId, String orgId, List<String> orgPath) {
        return token("user-unit-contact-" + unitId, orgId, orgPath, unitId, List.of("UNIT_CONTACT"));
    }

    public static JwtMutator caller(String userId, String orgId, List<String> orgPath, String... roles) {
        return token(userId, orgId, orgPath, null, List.of(roles));
    }

    private static JwtMutator token(String userId, String orgId, List<String> orgPath, String unitId, List<String> roles) {
        return SecurityMockServerConfigurers.mockJwt().jwt(jwt -> {
            jwt.subject(userId).claim(Claims.USERNAME, userId).claim(Claims.ORG_PATH, orgPath).claim(Claims.ROLES, roles);
            if (orgId != null) {
                jwt.claim(Claims.ORG_ID, orgId);
            }
            if (unitId != null) {
                jwt.claim(Claims.UNIT_ID, unitId);
            }
        });
    }
}
