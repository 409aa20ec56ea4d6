package org.linkage.taskdispatch.assignment;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;

import java.util.Set;

/** Which roles act on tasks: officers issue and handle them; members and unit contacts do not. */
public final class Officers {

    private static final Set<String> ISSUERS = Set.of(LinkagePrincipal.ADMIN, "DISTRICT_OFFICER", "STREET_OFFICER");
    private static final Set<String> HANDLERS = Set.of(LinkagePrincipal.ADMIN, "DISTRICT_OFFICER", "STREET_OFFICER",
            "COMMUNITY_OFFICER");

    private Officers() {
    }

    public static void requireIssuer(LinkagePrincipal caller) {
        if (caller.orgId() == null || caller.roles().stream().noneMatch(ISSUERS::contains)) {
            throw ApiException.forbidden("only district and street officers issue tasks, for their own organisation");
        }
    }

    public static void requireHandler(LinkagePrincipal caller) {
        if (caller.orgId() == null || caller.roles().stream().noneMatch(HANDLERS::contains)) {
            throw ApiException.forbidden("only officers act on assignments, for their own organisation");
        }
    }
}
