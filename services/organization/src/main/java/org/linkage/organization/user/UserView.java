package org.linkage.organization.user;

import java.time.Instant;
import java.util.List;

/** A user as the API shows it: everything but the password hash and the outbox. */
public record UserView(String id, String username, String displayName, String orgId, List<String> orgPath,
                       String districtId, String unitId, String memberId, List<String> roles, boolean disabled,
                       long version, Instant createdAt, Instant updatedAt) {

    public static UserView of(User user) {
        return new UserView(user.id(), user.username(), user.displayName(), user.orgId(), user.orgPath(),
                user.districtId(), user.unitId(), user.memberId(), user.roleNames(), user.disabled(), user.version(),
                user.createdAt(), user.updatedAt());
    }
}
