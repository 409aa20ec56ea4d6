package org.linkage.taskdispatch.whistle;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.events.task.WhistleClosed;
import org.linkage.platform.events.task.WhistleRaised;
import org.linkage.platform.events.task.WhistleResponded;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.outbox.OutboxDocuments;
import org.linkage.platform.messaging.outbox.OutboxRelay;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.problem.ApiException.FieldError;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.linkage.taskdispatch.org.DirectoryOrg;
import org.linkage.taskdispatch.org.DirectoryUnit;
import org.linkage.taskdispatch.org.UnitDirectory;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.schedule.DueItems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * 吹哨报到. Each change is one document update matching {@code {_id, version}} with its event in the
 * document's outbox, then relayed; events are keyed by the whistle id. The response deadline is a
 * due item ({@link WhistleDeadline}) scheduled before the whistle is stored, so a crash between the
 * two leaves at most an item that finds no whistle.
 */
@Service
public class WhistleService {

    static final Set<String> RAISERS = Set.of("STREET_OFFICER", "COMMUNITY_OFFICER", "GRID_SUPERVISOR");
    static final Set<String> RESPONDERS = Set.of("DEPARTMENT_OFFICER", "DISTRICT_OFFICER");
    static final String UNIT_CONTACT = "UNIT_CONTACT";
    static final Duration LONGEST = Duration.ofDays(7);
    public static final int MAX_LIST = 200;

    private final ReactiveMongoTemplate mongo;
    private final OrgDirectory directory;
    private final UnitDirectory unitDirectory;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final DueItems dueItems;
    private final Clock clock;
    private final Duration respondWithin;

    WhistleService(ReactiveMongoTemplate mongo, OrgDirectory directory, UnitDirectory unitDirectory, Outbox outbox, OutboxRelay relay,
                   DueItems dueItems, Clock clock, @Value("${linkage.whistles.respond-within:PT30M}") Duration respondWithin) {
        this.mongo = mongo;
        this.directory = directory;
        this.unitDirectory = unitDirectory;
        this.outbox = outbox;
        this.relay = relay;
        this.dueItems = dueItems;
        this.clock = clock;
        this.respondWithin = respondWithin;
    }

    public Mono<Whistle> raise(LinkagePrincipal caller, WhistleRequests.RaiseWhistle request) {
        if (caller.orgId() == null || caller.roles().stream().noneMatch(RAISERS::contains)) {
            return Mono.error(ApiException.forbidden("only street, community and grid officers blow the whistle"));
        }
        Duration within = request.respondWithin() == null ? respondWithin : request.respondWithin();
        if (within.isNegative() || within.isZero() || within.compareTo(LONGEST) > 0) {
            return Mono.error(ApiException.invalid("respondWithin", "must be positive and at most " + LONGEST));
        }
        return directory.find(caller.orgId())
                .filter(org -> !org.retired() && (org.tier() == OrgTier.STREET || org.tier() == OrgTier.COMMUNITY
                        || org.tier() == OrgTier.GRID))
                .switchIfEmpty(Mono.error(() -> ApiException.forbidden(
                        "only an active street, community or grid in the directory blows the whistle")))
                .flatMap(raiser -> summoned(raiser, request).flatMap(summoned -> {
                    Instant now = clock.instant();
                    Whistle whistle = new Whistle("whistle-" + UUID.randomUUID(), raiser.districtId(), raiser.id(),
                            raiser.path(), raiser.tier() == OrgTier.GRID ? raiser.id() : null, request.title().strip(),
                            request.description().strip(), request.category(), request.location(), summoned.departments(),
                            summoned.units(), now.plus(within), List.of(), Whistle.WhistleState.OPEN, false, null, null, List.of(),
                            caller.userId(), now, null, null, 0, List.of());
                    EventEnvelope raised = outbox.envelope(new WhistleRaised(whistle.id(), whistle.districtId(),
                            whistle.raisedByOrgId(), whistle.gridId(), whistle.title(), whistle.description(),
                            whistle.category(), whistle.location(), whistle.summonedOrgIds(), whistle.summonedUnitIds(),
                            whistle.respondDueAt(),
                            caller.userId(), now), whistle.id());
                    Whistle stored = whistle.withOutbox(List.of(raised));
                    return dueItems.schedule(WhistleDeadline.KIND, whistle.id(), whistle.respondDueAt())
                            .then(mongo.insert(stored, Whistle.COLLECTION))
                            .flatMap(inserted -> relay.relay(Whistle.COLLECTION, inserted.id()))
                            .then(find(whistle.id()));
                }));
    }

    /** The summoned departments and units, each list distinct and in order. */
    private record Summoned(List<String> departments, List<String> units) {
    }

    /**
     * The named departments and units; 400 naming each one that is unknown, retired or not of the
     * raiser's district, or when nobody is summoned.
     */
    private Mono<Summoned> summoned(DirectoryOrg raiser, WhistleRequests.RaiseWhistle request) {
        List<String> departmentIds = request.departmentIds();
        List<String> unitIds = request.unitIds();
        if (!request.isAnyoneSummoned()) {
            return Mono.error(ApiException.invalid("anyoneSummoned", "summon at least one department or resident unit"));
        }
        Mono<Map<String, DirectoryOrg>> departments = directory.findAll(new LinkedHashSet<>(departmentIds))
                .collectMap(DirectoryOrg::id, Function.identity());
        Mono<Map<String, DirectoryUnit>> units = unitDirectory.findAll(new LinkedHashSet<>(unitIds))
                .collectMap(DirectoryUnit::id, Function.identity());
        return Mono.zip(departments, units).flatMap(found -> {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < departmentIds.size(); i++) {
                DirectoryOrg org = found.getT1().get(departmentIds.get(i));
                String problem = org == null ? "unknown organisation"
                        : org.kind() != OrgKind.DEPARTMENT ? "is not a department"
                        : !raiser.districtId().equals(org.districtId()) ? "is a department of another district"
                        : org.retired() ? "retired" : null;
                if (problem != null) {
                    errors.add(new FieldError("summonedOrgIds[" + i + "]", problem));
                }
            }
            for (int i = 0; i < unitIds.size(); i++) {
                DirectoryUnit unit = found.getT2().get(unitIds.get(i));
                String problem = unit == null ? "unknown resident unit"
                        : !raiser.districtId().equals(unit.districtId()) ? "is a unit of another district"
                        : unit.retired() ? "unregistered" : null;
                if (problem != null) {
                    errors.add(new FieldError("summonedUnitIds[" + i + "]", problem));
                }
            }
            return errors.isEmpty()
                    ? Mono.just(new Summoned(List.copyOf(new LinkedHashSet<>(departmentIds)), List.copyOf(new LinkedHashSet<>(unitIds))))
                    : Mono.error(ApiException.invalid(errors));
        });
    }

    /** 报到: once per summoned department or unit, while the whistle is open. */
    public Mono<Whistle> respond(LinkagePrincipal caller, String id, WhistleRequests.Respond request) {
        return find(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("whistle", id))).flatMap(whistle -> {
            String responder = responderFor(caller, whistle);
            if (responder == null) {
                return Mono.error(ApiException.forbidden("only officers of the summoned departments and contacts of the "
                        + "summoned units respond to whistle " + id));
            }
            if (whistle.state() != Whistle.WhistleState.OPEN) {
                return conflict("cannot respond to a whistle in state " + whistle.state(), whistle);
            }
            if (whistle.responderIds().contains(responder)) {
                return conflict(responder + " has already responded", whistle);
            }
            Instant now = clock.instant();
            Whistle.Response response = new Whistle.Response(responder, request.message().strip(), caller.userId(), now);
            return write(whistle, new Update().push("responses", response), outbox.envelope(new WhistleResponded(
                    whistle.id(), responder, response.message(), caller.userId(), now), whistle.id()));
        });
    }

    /** The summoned department the caller is an officer of, or the summoned unit the caller answers for; else null. */
    private static String responderFor(LinkagePrincipal caller, Whistle whistle) {
        if (caller.orgId() != null && whistle.summonedOrgIds().contains(caller.orgId())
                && caller.roles().stream().anyMatch(RESPONDERS::contains)) {
            return caller.orgId();
        }
        if (caller.unitId() != null && whistle.summonedUnitIds().contains(caller.unitId())
                && caller.hasRole(UNIT_CONTACT)) {
            return caller.unitId();
        }
        return null;
    }

    /** The raiser closes the whistle and rates the departments that responded. */
    public Mono<Whistle> close(LinkagePrincipal caller, String id, WhistleRequests.Close request) {
        return visible(caller, id).flatMap(whistle -> {
            if (!whistle.raisedByOrgId().equals(caller.orgId()) || caller.roles().stream().noneMatch(RAISERS::contains)) {
                return Mono.error(ApiException.forbidden("only organisation " + whistle.raisedByOrgId() + " closes whistle " + id));
            }
            List<FieldError> errors = new ArrayList<>();
            Set<String> rated = new HashSet<>();
            List<WhistleRequests.RatingRequest> ratings = request.ratingList();
            for (int i = 0; i < ratings.size(); i++) {
                String responder = ratings.get(i).responderId();
                if (!whistle.responderIds().contains(responder)) {
                    errors.add(new FieldError("ratings[" + i + "].responderId", "did not respond to this whistle"));
                } else if (!rated.add(responder)) {
                    errors.add(new FieldError("ratings[" + i + "].responderId", "rated twice"));
                }
            }
            if (!errors.isEmpty()) {
                return Mono.error(ApiException.invalid(errors));
            }
            if (whistle.state() != Whistle.WhistleState.OPEN) {
                return conflict("cannot close a whistle in state " + whistle.state(), whistle);
            }
            Instant now = clock.instant();
            List<Whistle.Rating> kept = ratings.stream()
                    .map(r -> new Whistle.Rating(r.responderId(), r.score(), r.comment())).toList();
            Update update = new Update().set("state", Whistle.WhistleState.CLOSED).set("resolved", request.resolved())
                    .set("summary", request.summary().strip()).set("ratings", kept).set("closedBy", caller.userId())
                    .set("closedAt", now);
            EventEnvelope closed = outbox.envelope(new WhistleClosed(whistle.id(), whistle.raisedByOrgId(),
                    request.resolved(), request.summary().strip(), kept.stream()
                    .map(r -> new WhistleClosed.ResponderRating(r.responderId(), r.score(), r.comment())).toList(),
                    caller.userId(), now), whistle.id());
            return write(whistle, update, closed)
                    .flatMap(done -> dueItems.cancel(WhistleDeadline.KIND, done.id(), done.respondDueAt()).thenReturn(done));
        });
    }

    public Mono<Whistle> find(String id) {
        return mongo.findById(id, Whistle.class, Whistle.COLLECTION);
    }

    /** The whistle, if the caller covers its raiser or is (or answers for) a summoned department or unit; else 404. */
    public Mono<Whistle> visible(LinkagePrincipal caller, String id) {
        return find(id).filter(w -> OrgScope.covers(caller, w.raisedByOrgId(), w.raisedByOrgPath())
                        || caller.orgId() != null && w.summonedOrgIds().contains(caller.orgId())
                        || caller.unitId() != null && w.summonedUnitIds().contains(caller.unitId()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("whistle", id)));
    }

    /**
     * Whistles raised by or summoning an organisation of the caller's scope (the caller's own by default,
     * with those summoning the caller's unit), newest first. Scans on the embedded store; the raiser and summoned indexes serve production.
     */
    public Mono<List<Whistle>> list(LinkagePrincipal caller, String orgId) {
        String target = orgId == null || orgId.isBlank() ? caller.orgId() : orgId;
        if (target == null) {
            return Mono.error(ApiException.invalid("orgId", "required for a caller without an organisation"));
        }
        Mono<String> inScope = target.equals(caller.orgId()) ? Mono.just(target)
                : directory.find(target).filter(org -> OrgScope.covers(caller, org.id(), org.path())).map(DirectoryOrg::id)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("organisation", target)));
        String ownUnit = caller.unitId() != null && target.equals(caller.orgId()) ? caller.unitId() : null;
        return inScope.flatMap(org -> mongo.find(Query.query(involving(org, ownUnit))
                        .with(Sort.by(Sort.Direction.DESC, "raisedAt")).limit(MAX_LIST), Whistle.class, Whistle.COLLECTION)
                .collectList());
    }

    /** Raised by or summoning the organisation, or summoning the unit when there is one. */
    private static Criteria involving(String orgId, String unitId) {
        List<Criteria> any = new ArrayList<>(List.of(Criteria.where("raisedByOrgId").is(orgId),
                Criteria.where("summonedOrgIds").is(orgId)));
        if (unitId != null) {
            any.add(Criteria.where("summonedUnitIds").is(unitId));
        }
        return new Criteria().orOperator(any);
    }

    /** One change of the whistle still at its version, with its event; 409 if it changed meanwhile. */
    Mono<Whistle> write(Whistle before, Update update, EventEnvelope event) {
        Query current = Query.query(Criteria.where("_id").is(before.id()).and("version").is(before.version()));
        update.set("version", before.version() + 1).push(Outbox.FIELD, OutboxDocuments.toDocument(event));
        return mongo.updateFirst(current, update, Whistle.COLLECTION)
                .flatMap(result -> result.getMatchedCount() == 0
                        ? Mono.<Whistle>error(ApiException.conflict("whistle " + before.id() + " was changed meanwhile; reload and retry"))
                        : relay.relay(Whistle.COLLECTION, before.id()).then(find(before.id())));
    }

    private static <T> Mono<T> conflict(String detail, Whistle whistle) {
        return Mono.error(ApiException.conflict(detail, Map.of("currentState", whistle.state())));
    }
}
