package org.linkage.organization.user;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.UserCreated;
import org.linkage.platform.events.org.UserDisabled;
import org.linkage.platform.events.org.UserSnapshot;
import org.linkage.platform.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The events of each user change: the change itself on the org topic, keyed by district so it
 * follows the district's organisations, and the user's full state on the compacted snapshot topic.
 */
@Component
class UserEvents {

    /** The key of events of users outside any district: the bootstrap administrator. */
    static final String PLATFORM_KEY = "platform";

    private final Outbox outbox;

    UserEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    List<EventEnvelope> created(User user, String createdBy) {
        UserCreated created = new UserCreated(user.id(), user.districtId(), user.orgId(), user.unitId(), user.memberId(),
                user.username(), user.displayName(), user.roleNames(), createdBy, user.createdAt());
        return List.of(outbox.envelope(created, districtKey(user)), snapshot(user));
    }

    List<EventEnvelope> disabled(User user, String reason, String disabledBy) {
        UserDisabled disabled = new UserDisabled(user.id(), user.districtId(), reason, disabledBy, user.updatedAt());
        return List.of(outbox.envelope(disabled, districtKey(user)), snapshot(user));
    }

    private EventEnvelope snapshot(User user) {
        UserSnapshot snapshot = new UserSnapshot(user.id(), user.districtId(), user.orgId(), user.unitId(),
                user.memberId(), user.username(), user.displayName(), user.roleNames(), user.disabled(),
                user.version(), user.updatedAt());
        return outbox.envelope(snapshot, user.id());
    }

    private static String districtKey(User user) {
        return user.districtId() != null ? user.districtId() : PLATFORM_KEY;
    }
}
