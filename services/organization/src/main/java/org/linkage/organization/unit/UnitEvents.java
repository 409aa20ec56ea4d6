package org.linkage.organization.unit;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.UnitRegistered;
import org.linkage.platform.events.org.UnitSnapshot;
import org.linkage.platform.events.org.UnitUnregistered;
import org.linkage.platform.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The events of each change to a resident unit: the history event keyed by the district (ordered
 * with the tree's own events) and the latest-state snapshot keyed by the unit (one record per unit
 * on the compacted topic).
 */
@Component
class UnitEvents {

    private final Outbox outbox;

    UnitEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    List<EventEnvelope> registered(Unit unit) {
        return List.of(
                outbox.envelope(new UnitRegistered(unit.id(), unit.districtId(), unit.orgId(), unit.name(), unit.category(),
                        unit.creditCode(), null, unit.registeredBy(), unit.createdAt()), unit.districtId()),
                snapshot(unit));
    }

    List<EventEnvelope> unregistered(Unit unit, String actor) {
        return List.of(
                outbox.envelope(new UnitUnregistered(unit.id(), unit.districtId(), unit.orgId(), unit.unregisterReason(),
                        actor, unit.updatedAt()), unit.districtId()),
                snapshot(unit));
    }

    private EventEnvelope snapshot(Unit unit) {
        return outbox.envelope(new UnitSnapshot(unit.id(), unit.districtId(), unit.orgId(), unit.name(), unit.category(),
                unit.creditCode(), null, unit.retired(), unit.version(), unit.updatedAt()), unit.id());
    }
}
