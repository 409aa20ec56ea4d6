package org.linkage.platform.web.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.Set;

/**
 * Who is calling, from the JWT: the organisation they act for and its ancestry, the unit they
 * represent (if any) and their roles.
 *
 * @param orgPath the caller organisation's ancestors, root (district) first, without itself
 */
public record LinkagePrincipal(String userId, String username, String orgId, List<String> orgPath, String unitId,
                               Set<String> roles) {

    public static final String ADMIN = "ADMIN";

    public static LinkagePrincipal from(Jwt jwt) {
        List<String> path = jwt.getClaimAsStringList(Claims.ORG_PATH);
        List<String> roles = jwt.getClaimAsStringList(Claims.ROLES);
        return new LinkagePrincipal(jwt.getSubject(), jwt.getClaimAsString(Claims.USERNAME), jwt.getClaimAsString(Claims.ORG_ID),
                path == null ? List.of() : List.copyOf(path), jwt.getClaimAsString(Claims.UNIT_ID),
                roles == null ? Set.of() : Set.copyOf(roles));
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The district this caller belongs to: the root of their path, or their own organisation. */
    public String districtId() {
        return orgPath.isEmpty() ? orgId : orgPath.get(0);
    }
}
