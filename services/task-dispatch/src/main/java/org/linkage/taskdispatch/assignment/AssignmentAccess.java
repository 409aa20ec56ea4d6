package org.linkage.taskdispatch.assignment;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;

import java.util.List;
import java.util.Map;

/**
 * Who may see and act on an assignment. Anyone whose subtree holds the assignee, and its reviewer,
 * see it; others are told it does not exist. Only the assignee organisation works on it; only the organisation that
 * issued it (the parent, or the task issuer for a top-level one) reviews it.
 */
public final class AssignmentAccess {

    private AssignmentAccess() {
    }

    /**
     * Its subtree and its reviewer see an assignment (the reviewer still does after the assignee moved
     * elsewhere in the tree). A unit's contact sees only the unit's own, not its host community's nor other units'.
     */
    public static boolean sees(LinkagePrincipal caller, Assignment assignment) {
        return sees(caller, assignment.assigneeOrgId(), assignment.assigneeOrgPath(), assignment.issuerOrgId());
    }

    /** The same rule for a copy of an assignment (a node of a task's tree); {@code issuerOrgId} may be null. */
    public static boolean sees(LinkagePrincipal caller, String assigneeOrgId, List<String> assigneeOrgPath,
                               String issuerOrgId) {
        if (Officers.isUnitContact(caller)) {
            return assigneeOrgId.equals(caller.unitId());
        }
        return OrgScope.covers(caller, assigneeOrgId, assigneeOrgPath)
                || issuerOrgId != null && issuerOrgId.equals(caller.orgId());
    }

    public static void requireAssignee(LinkagePrincipal caller, Assignment assignment) {
        boolean assignee = assignment.isUnitAssignment() ? assignment.assigneeOrgId().equals(caller.unitId())
                : Officers.isOfficer(caller) && assignment.assigneeOrgId().equals(caller.orgId());
        if (!assignee) {
            throw ApiException.forbidden("only organisation " + assignment.assigneeOrgId() + " works on assignment "
                    + assignment.id());
        }
    }

    public static void requireReviewer(LinkagePrincipal caller, Assignment assignment) {
        if (!Officers.isOfficer(caller) || !assignment.issuerOrgId().equals(caller.orgId())) {
            throw ApiException.forbidden("only organisation " + assignment.issuerOrgId() + " reviews assignment "
                    + assignment.id());
        }
    }

    /** Another transition waits until the re-dispatch being written is whole. */
    public static void requireNotDispatching(Assignment assignment) {
        if (assignment.isDispatching()) {
            throw ApiException.conflict("a re-dispatch of assignment " + assignment.id() + " is being written; retry shortly",
                    Map.of("currentState", assignment.state()));
        }
    }
}
