package org.linkage.taskdispatch.assignment;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;

import java.util.Set;

/** Which roles act on tasks: officers issue and handle them; unit contacts handle their unit's; members do not. */
public final class Officers {

    private static final String UNIT_CONTACT = "UNIT_CONTACT";
    private static final Set<String> ISSUERS = Set.of(LinkagePrincipal.ADMIN, "DISTRICT_OFFICER", "DEPARTMENT_OFFICER",
            "STREET_OFFICER");
    private static final Set<String> HANDLERS = Set.of(LinkagePrincipal.ADMIN, "DISTRICT_OFFICER", "DEPARTMENT_OFFICER",
            "STREET_OFFICER", "COMMUNITY_OFFICER");

    private Officers() {
    }

    public static void requireIssuer(LinkagePrincipal caller) {
        if (caller.orgId() == null || caller.roles().stream().noneMatch(ISSUERS::contains)) {
            throw ApiException.forbidden("only district, department and street officers issue tasks, for their own organisation");
        }
    }

    /** Officers, and the contacts of resident units for their unit's own assignments. */
    public static void requireHandler(LinkagePrincipal caller) {
        if (!isOfficer(caller) && !isUnitContact(caller)) {
            throw ApiException.forbidden("only officers and unit contacts act on assignments, for their own organisation or unit");
        }
    }

    /** Officers only: reviewing, urging and dispatching are no unit's business. */
    public static void requireOfficer(LinkagePrincipal caller) {
        if (!isOfficer(caller)) {
            throw ApiException.forbidden("only officers do this, for their own organisation");
        }
    }

    public static boolean isOfficer(LinkagePrincipal caller) {
        return caller.orgId() != null && caller.roles().stream().anyMatch(HANDLERS::contains);
    }

    /** A resident unit's contact who is no officer: sees and works on the unit's assignments only. */
    public static boolean isUnitContact(LinkagePrincipal caller) {
        return caller.unitId() != null && caller.hasRole(UNIT_CONTACT) && !isOfficer(caller);
    }
}
