package org.linkage.taskdispatch.assignment;

import org.linkage.platform.web.security.LinkagePrincipal;

/** Who causes a transition: a user acting for an organisation, or the system (both ids null). */
public record Actor(String userId, String orgId) {

    public static final Actor SYSTEM = new Actor(null, null);

    public static Actor of(LinkagePrincipal caller) {
        return new Actor(caller.userId(), caller.orgId());
    }
}
