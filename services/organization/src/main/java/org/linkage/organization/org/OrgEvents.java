package org.linkage.organization.org;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.OrgCreated;
import org.linkage.platform.events.org.OrgMoved;
import org.linkage.platform.events.org.OrgRetired;
import org.linkage.platform.events.org.OrgSnapshot;
import org.linkage.platform.events.org.OrgUpdated;
import org.linkage.platform.messaging.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The events of each change to an organisation: the history event keyed by the district (so a
 * parent always precedes its children on the partition) and the latest-state snapshot keyed by the
 * organisation itself (so the compacted topic keeps one record per organisation).
 */
@Component
public class OrgEvents {

    private final Outbox outbox;

    public OrgEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public List<EventEnvelope> created(Org org, String actor) {
        return List.of(
                outbox.envelope(new OrgCreated(org.id(), org.districtId(), org.parentId(), org.path(), org.tier(),
                        org.kind(), org.code(), org.name(), actor, org.createdAt()), org.districtId()),
                snapshot(org));
    }

    public List<EventEnvelope> updated(Org org, String actor) {
        return List.of(
                outbox.envelope(new OrgUpdated(org.id(), org.districtId(), org.kind(), org.code(), org.name(), actor,
                        org.updatedAt()), org.districtId()),
                snapshot(org));
    }

    public EventEnvelope moved(Org before, Org after, String actor) {
        return outbox.envelope(new OrgMoved(after.id(), after.districtId(), before.parentId(), after.parentId(),
                before.path(), after.path(), actor, after.updatedAt()), after.districtId());
    }

    public List<EventEnvelope> retired(Org org, String successorOrgId, String reason, String actor) {
        return List.of(
                outbox.envelope(new OrgRetired(org.id(), org.districtId(), successorOrgId, reason, actor, org.updatedAt()),
                        org.districtId()),
                snapshot(org));
    }

    public EventEnvelope snapshot(Org org) {
        return outbox.envelope(new OrgSnapshot(org.id(), org.districtId(), org.parentId(), org.path(), org.tier(), org.kind(),
                org.code(), org.name(), org.retired(), org.version(), org.updatedAt()), org.id());
    }
}
