package org.linkage.platform.web.security;

import org.linkage.platform.web.problem.ApiException;

import java.util.List;

/**
 * Authorisation by organisation scope: a caller acts only within their own organisation's subtree.
 * A target is inside it when it is the caller's organisation or has it among its ancestors.
 */
public final class OrgScope {

    private OrgScope() {
    }

    /**
     * @param targetOrgId  the organisation acted on
     * @param targetPath   its ancestors, root first, without itself
     */
    public static boolean covers(LinkagePrincipal caller, String targetOrgId, List<String> targetPath) {
        if (caller.isAdmin()) {
            return true;
        }
        String own = caller.orgId();
        return own != null && (own.equals(targetOrgId) || targetPath.contains(own));
    }

    /** Throws 403 when the target is outside the caller's subtree. */
    public static void require(LinkagePrincipal caller, String targetOrgId, List<String> targetPath) {
        if (!covers(caller, targetOrgId, targetPath)) {
            throw ApiException.forbidden("organisation " + targetOrgId + " is outside your scope");
        }
    }
}
