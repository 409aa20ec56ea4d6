package org.linkage.organization.user;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;

import java.util.Set;

/**
 * Who may see and change which users: administrators and officers manage users inside their own
 * organisation's subtree, auditors may look there, and everyone may look at themselves.
 */
final class UserAccess {

    private UserAccess() {
    }

    static void requireManager(LinkagePrincipal caller) {
        if (!Role.anyManagesUsers(caller.roles())) {
            throw ApiException.forbidden("only administrators and officers manage users");
        }
    }

    static void requireReader(LinkagePrincipal caller) {
        if (!isReader(caller)) {
            throw ApiException.forbidden("only administrators, officers and auditors list users");
        }
    }

    static void requireMayGrant(LinkagePrincipal caller, Set<Role> roles) {
        if (roles.contains(Role.ADMIN) && !caller.isAdmin()) {
            throw ApiException.forbidden("only an administrator may grant ADMIN");
        }
    }

    /** Whether the caller may see this user; callers who may not see it are told it does not exist. */
    static boolean sees(LinkagePrincipal caller, User user) {
        return user.id().equals(caller.userId())
                || isReader(caller) && OrgScope.covers(caller, user.orgId(), user.orgPath());
    }

    private static boolean isReader(LinkagePrincipal caller) {
        return Role.anyManagesUsers(caller.roles()) || caller.hasRole(Role.AUDITOR.name());
    }
}
