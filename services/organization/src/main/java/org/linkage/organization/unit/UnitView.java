package org.linkage.organization.unit;

import org.linkage.platform.events.org.UnitCategory;

import java.time.Instant;
import java.util.List;

/** A resident unit as the API shows it: no ancestry, no pending events. */
public record UnitView(String id, String name, UnitCategory category, String creditCode, String orgId, String districtId,
                       List<UnitContact> contacts, boolean retired, String unregisterReason, long version,
                       Instant createdAt, Instant updatedAt) {

    public static UnitView of(Unit unit) {
        return new UnitView(unit.id(), unit.name(), unit.category(), unit.creditCode(), unit.orgId(), unit.districtId(),
                unit.contacts(), unit.retired(), unit.unregisterReason(), unit.version(), unit.createdAt(), unit.updatedAt());
    }
}
