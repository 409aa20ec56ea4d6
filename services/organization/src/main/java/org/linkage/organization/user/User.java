package org.linkage.organization.user;

import org.linkage.platform.events.EventEnvelope;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A login: who it is, the organisation it acts for and its roles there, with its unpublished events.
 *
 * @param passwordHash BCrypt; never leaves the service (see {@link UserView})
 * @param orgId        the organisation the user acts for; null only for the bootstrap administrator
 * @param orgPath      that organisation's ancestors, district first, without itself (copied from the org)
 * @param districtId   the root of that tree: the Kafka key of the user's events
 * @param unitId       the resident unit a {@link Role#UNIT_CONTACT} answers for
 * @param memberId     the Party member record of a {@link Role#MEMBER}
 * @param version      incremented by every update; updates match {@code {_id, version}}
 */
@Document(User.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record User(@Id String id, @Indexed(unique = true) String username, String passwordHash, String displayName,
                   String orgId, List<String> orgPath, String districtId, String unitId, String memberId,
                   Set<Role> roles, boolean disabled, long version, Instant createdAt, Instant updatedAt,
                   List<EventEnvelope> outbox) {

    public static final String COLLECTION = "users";

    public User {
        orgPath = orgPath != null ? List.copyOf(orgPath) : List.of();
        roles = roles != null ? Set.copyOf(roles) : Set.of();
        outbox = outbox != null ? List.copyOf(outbox) : List.of();
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Role names in declaration order, as tokens and events carry them. */
    public List<String> roleNames() {
        return roles.isEmpty() ? List.of() : EnumSet.copyOf(roles).stream().map(Role::name).toList();
    }

    public User withOutbox(List<EventEnvelope> events) {
        return new User(id, username, passwordHash, displayName, orgId, orgPath, districtId, unitId, memberId, roles,
                disabled, version, createdAt, updatedAt, events);
    }

    /** The next version of this user, disabled, with no events of its own yet. */
    User disable(Instant at) {
        return new User(id, username, passwordHash, displayName, orgId, orgPath, districtId, unitId, memberId, roles,
                true, version + 1, createdAt, at, List.of());
    }
}
