package org.linkage.organization.member;

import org.linkage.organization.org.Org;
import org.linkage.organization.org.OrgStore;
import org.linkage.organization.unit.UnitQueries;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Registering Party members and their reporting in (双报到) to the community where they live, each a
 * single-document write carrying its event, relayed right after. Callers act only inside their subtree.
 */
@Service
public class MemberService {

    /** Roles that keep the member register; members themselves, unit contacts and auditors only read. */
    static final Set<String> REGISTRARS = Set.of(Role.ADMIN.name(), Role.DISTRICT_OFFICER.name(),
            Role.STREET_OFFICER.name(), Role.COMMUNITY_OFFICER.name());

    private final ReactiveMongoTemplate mongo;
    private final OrgStore orgs;
    private final UnitQueries units;
    private final MemberEvents events;
    private final OutboxRelay relay;
    private final Clock clock;

    public MemberService(ReactiveMongoTemplate mongo, OrgStore orgs, UnitQueries units, MemberEvents events,
                         OutboxRelay relay, Clock clock) {
        this.mongo = mongo;
        this.orgs = orgs;
        this.units = units;
        this.events = events;
        this.relay = relay;
        this.clock = clock;
    }

    /**
     * 400 naming the field for an unknown or wrong-tier community, a grid outside it or an unknown work
     * unit; 403 when the residence community is outside the caller's subtree.
     */
    public Mono<Member> register(LinkagePrincipal actor, MemberRequests.RegisterMember command) {
        return requireRegistrar(actor)
                .then(community(actor, "residenceCommunityId", command.residenceCommunityId()))
                .flatMap(community -> requireGrid(community, command.gridId())
                        .then(workUnitName(command))
                        .map(workUnitName -> newMember(command, community, workUnitName.orElse(null), actor)))
                .flatMap(member -> mongo.insert(member, Member.COLLECTION))
                .flatMap(member -> relay.relay(Member.COLLECTION, member.id()).thenReturn(member));
    }

    /**
     * Reports the member in to a community, by default the one they live in. Reporting again to the
     * same community (and grid, if one is named) changes nothing and emits nothing; another community
     * or grid replaces the earlier report.
     */
    public Mono<Member> reportIn(LinkagePrincipal actor, String memberId, MemberRequests.ReportIn command) {
        return requireRegistrar(actor)
                .then(mongo.findById(memberId, Member.class, Member.COLLECTION))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("member", memberId)))
                .flatMap(member -> {
                    OrgScope.require(actor, member.residenceCommunityId(), member.orgPath());
                    String communityId = command.communityId() != null ? command.communityId() : member.residenceCommunityId();
                    return community(actor, "communityId", communityId)
                            .flatMap(community -> requireGrid(community, command.gridId()).thenReturn(community))
                            .flatMap(community -> member.hasReportedTo(communityId, command.gridId()) ? Mono.just(member)
                                    : recordReportIn(member, community, command.gridId()));
                });
    }

    private Mono<Member> recordReportIn(Member member, Org community, String requestedGridId) {
        Member after = member.reportedIn(community.id(), requestedGridId, clock.instant());
        return writeReportIn(member, after, events.reportedIn(after, community.districtId()));
    }

    /** A community inside the caller's subtree, or a 400 naming {@code field} / a 403. */
    private Mono<Org> community(LinkagePrincipal actor, String field, String communityId) {
        return orgs.findById(communityId)
                .switchIfEmpty(Mono.error(() -> ApiException.invalid(field, "unknown organisation " + communityId)))
                .doOnNext(org -> {
                    if (org.tier() != OrgTier.COMMUNITY) {
                        throw ApiException.invalid(field, "must be a community, not a " + org.tier());
                    }
                    if (org.retired()) {
                        throw ApiException.invalid(field, "community " + communityId + " is retired");
                    }
                    OrgScope.require(actor, org.id(), org.path());
                });
    }

    /** Completes empty when there is no grid or it is one of the community's; a 400 naming {@code gridId} otherwise. */
    private Mono<Void> requireGrid(Org community, String gridId) {
        if (gridId == null) {
            return Mono.empty();
        }
        return orgs.findById(gridId)
                .filter(grid -> grid.tier() == OrgTier.GRID && community.id().equals(grid.parentId()) && !grid.retired())
                .switchIfEmpty(Mono.error(() -> ApiException.invalid("gridId", "no open grid " + gridId + " in community " + community.id())))
                .then();
    }

    /** The registered unit's name when a unit is named, else the free-text employer. */
    private Mono<Optional<String>> workUnitName(MemberRequests.RegisterMember command) {
        if (command.workUnitId() == null) {
            return Mono.just(Optional.ofNullable(command.workUnitName()));
        }
        return units.findById(command.workUnitId())
                .filter(unit -> !unit.retired())
                .switchIfEmpty(Mono.error(() -> ApiException.invalid("workUnitId", "no registered resident unit " + command.workUnitId())))
                .map(unit -> Optional.of(unit.name()));
    }

    private Member newMember(MemberRequests.RegisterMember command, Org community, String workUnitName, LinkagePrincipal actor) {
        Instant now = clock.instant();
        Member member = new Member("member-" + UUID.randomUUID(), command.name(), command.gender(), command.phone(),
                command.workUnitId(), workUnitName, community.id(), command.gridId(), command.inService(), null,
                community.districtId(), community.pathIncludingSelf(), actor.userId(), 0, now, now, List.of());
        return member.withOutbox(List.of(events.registered(member)));
    }

    /** The report-in and its event, on the document still at {@code before.version()}; 409 if it moved on. */
    private Mono<Member> writeReportIn(Member before, Member after, EventEnvelope event) {
        Query current = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
        Update update = new Update()
                .set("reportedIn", after.reportedIn())
                .set("updatedAt", after.updatedAt())
                .set("version", after.version())
                .push(Outbox.FIELD).each(OutboxDocuments.toDocument(event));
        return mongo.updateFirst(current, update, Member.class, Member.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 0
                        ? Mono.error(ApiException.conflict("member " + before.id() + " was changed meanwhile; reload and retry"))
                        : relay.relay(Member.COLLECTION, before.id()).thenReturn(after));
    }

    private static Mono<Void> requireRegistrar(LinkagePrincipal actor) {
        return actor.roles().stream().anyMatch(REGISTRARS::contains) ? Mono.empty()
                : Mono.error(ApiException.forbidden("your roles do not allow changing the member register"));
    }
}
