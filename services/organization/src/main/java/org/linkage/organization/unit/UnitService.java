package org.linkage.organization.unit;

import org.linkage.organization.org.Org;
import org.linkage.organization.org.OrgStore;
import org.linkage.organization.user.Role;
import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.outbox.OutboxDocuments;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Registering (报到) and unregistering resident units, each a single-document write carrying its
 * events, relayed right after. Callers act only inside their own subtree.
 */
@Service
public class UnitService {

    /** Units register to the street or community they sit in, never to a district or a grid. */
    static final Set<OrgTier> REGISTRATION_TIERS = EnumSet.of(OrgTier.STREET, OrgTier.COMMUNITY);
    /** Roles that keep the unit register; members, unit contacts and auditors only read. */
    static final Set<String> REGISTRARS = Set.of(Role.ADMIN.name(), Role.DISTRICT_OFFICER.name(),
            Role.STREET_OFFICER.name(), Role.COMMUNITY_OFFICER.name());

    private final ReactiveMongoTemplate mongo;
    private final OrgStore orgs;
    private final UnitEvents events;
    private final OutboxRelay relay;
    private final Clock clock;

    public UnitService(ReactiveMongoTemplate mongo, OrgStore orgs, UnitEvents events, OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.orgs = orgs;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    /** 400 naming {@code orgId} for an unknown, retired or wrong-tier organisation; 403 outside the caller's subtree. */
    public Mono<Unit> register(LinkagePrincipal actor, UnitRequests.RegisterUnit command) {
        return requireRegistrar(actor)
                .then(registrationTarget(command.orgId()))
                .map(org -> {
                    OrgScope.require(actor, org.id(), org.path());
                    return newUnit(command, org, actor);
                })
                .flatMap(unit -> mongo.insert(unit, Unit.COLLECTION))
                .flatMap(unit -> relay.relay(Unit.COLLECTION, unit.id()).thenReturn(unit));
    }

    /** Unregistering an already unregistered unit changes nothing and emits nothing, so retries are safe. */
    public Mono<Unit> unregister(LinkagePrincipal actor, String id, UnitRequests.UnregisterUnit command) {
        return requireRegistrar(actor)
                .then(mongo.findById(id, Unit.class, Unit.COLLECTION))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("unit", id)))
                .flatMap(before -> {
                    OrgScope.require(actor, before.orgId(), before.orgPath());
                    if (before.retired()) {
                        return Mono.just(before);
                    }
                    Unit after = before.unregistered(command.reason().strip(), clock.instant());
                    return writeUnregistration(before, after, events.unregistered(after, actor.userId()));
                });
    }

    private Mono<Org> registrationTarget(String orgId) {
        return orgs.findById(orgId)
                .switchIfEmpty(Mono.error(() -> ApiException.invalid("orgId", "unknown organisation " + orgId)))
                .doOnNext(org -> {
                    if (!REGISTRATION_TIERS.contains(org.tier())) {
                        throw ApiException.invalid("orgId", "a unit registers to a street or community, not a " + org.tier());
                    }
                    if (org.retired()) {
                        throw ApiException.invalid("orgId", "organisation " + orgId + " is retired");
                    }
                });
    }

    private Unit newUnit(UnitRequests.RegisterUnit command, Org org, LinkagePrincipal actor) {
        Instant now = clock.instant();
        Unit unit = new Unit("unit-" + UUID.randomUUID(), command.name(), command.category(), command.creditCode(),
                org.id(), org.pathIncludingSelf(), org.districtId(), List.copyOf(command.contacts()), false, null,
                actor.userId(), 0, now, now, List.of());
        return unit.withOutbox(events.registered(unit));
    }

    /** The unregistration and its events, on the document still at {@code before.version()}; 409 if it moved on. */
    private Mono<Unit> writeUnregistration(Unit before, Unit after, List<EventEnvelope> newEvents) {
        Query current = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
        Update update = new Update()
                .set("retired", after.retired())
                .set("unregisterReason", after.unregisterReason())
                .set("updatedAt", after.updatedAt())
                .set("version", after.version())
                .push(Outbox.FIELD).each(OutboxDocuments.toDocuments(newEvents).toArray());
        return mongo.updateFirst(current, update, Unit.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 0
                        ? Mono.error(ApiException.conflict("unit " + before.id() + " was changed meanwhile; reload and retry"))
                        : relay.relay(Unit.COLLECTION, before.id()).thenReturn(after));
    }

    private static Mono<Void> requireRegistrar(LinkagePrincipal actor) {
        return actor.roles().stream().anyMatch(REGISTRARS::contains) ? Mono.empty()
                : Mono.error(ApiException.forbidden("your roles do not allow changing the unit register"));
    }
}
