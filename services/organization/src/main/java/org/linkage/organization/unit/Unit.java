package org.linkage.organization.unit;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.UnitCategory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A resident unit (驻区单位) registered (报到) to a street or community, with its unpublished events.
 *
 * @param orgId            the street or community it registered to
 * @param orgPath          that organisation's ancestors and the organisation itself, district first: one
 *                         list answers both "is it in the caller's scope" and "is it registered at or below X"
 * @param districtId       the Kafka key of its history events
 * @param unregisterReason set when it unregistered ({@code retired})
 * @param version          incremented by every update; updates match {@code {_id, version}}
 */
@Document(Unit.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record Unit(@Id String id, String name, UnitCategory category, String creditCode, String orgId,
                   @Indexed List<String> orgPath, String districtId, List<UnitContact> contacts, boolean retired,
                   String unregisterReason, String registeredBy, long version, Instant createdAt, Instant updatedAt,
                   List<EventEnvelope> outbox) {

    public static final String COLLECTION = "units";

    /** The state after unregistering, without events: the caller appends those in the same write. */
    Unit unregistered(String reason, Instant at) {
        return new Unit(id, name, category, creditCode, orgId, orgPath, districtId, contacts, true, reason, registeredBy,
                version + 1, createdAt, at, List.of());
    }

    Unit withOutbox(List<EventEnvelope> events) {
        return new Unit(id, name, category, creditCode, orgId, orgPath, districtId, contacts, retired, unregisterReason,
                registeredBy, version, createdAt, updatedAt, events);
    }
}
