package org.linkage.organization.org;

import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.messaging.intent.Intent;
import org.linkage.platform.messaging.intent.Intents;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves an organisation with its whole subtree under a new parent of the same tier as the old one.
 * Many documents change, so the move is one PENDING intent applied by {@link SubtreeMove}.
 */
@Service
public class OrgMoves {

    private final OrgService orgs;
    private final OrgStore store;
    private final OrgEvents events;
    private final Intents intents;
    private final Clock clock;

    public OrgMoves(OrgService orgs, OrgStore store, OrgEvents events, Intents intents, Clock clock) {
        this.orgs = orgs;
        this.store = store;
        this.events = events;
        this.intents = intents;
        this.clock = clock;
    }

    public Mono<Intent> move(LinkagePrincipal actor, String id, OrgRequests.MoveOrg request) {
        OrgService.requireEditor(actor);
        return orgs.writable(actor, id).zipWith(newParent(actor, request.newParentId()))
                .flatMap(pair -> {
                    Org org = pair.getT1();
                    Org parent = pair.getT2();
                    validate(org, parent);
                    return store.descendants(org.id()).collectList()
                            .flatMap(descendants -> submit(actor, org, parent, descendants));
                });
    }

    private Mono<Org> newParent(LinkagePrincipal actor, String parentId) {
        return store.findById(parentId)
                .switchIfEmpty(Mono.error(() -> ApiException.invalid("newParentId", "unknown organisation " + parentId)))
                .doOnNext(parent -> {
                    if (!OrgScope.covers(actor, parent.id(), parent.path())) {
                        throw ApiException.forbidden("organisation " + parentId + " is outside your scope");
                    }
                    if (parent.retired()) {
                        throw ApiException.invalid("newParentId", "organisation " + parentId + " is retired");
                    }
                });
    }

    private static void validate(Org org, Org parent) {
        if (parent.id().equals(org.id()) || parent.path().contains(org.id())) {
            throw ApiException.invalid("newParentId", "an organisation cannot move below itself");
        }
        OrgRules.parentProblem(org.tier(), org.kind(), parent.tier(), parent.kind()).ifPresent(problem -> {
            throw ApiException.invalid("newParentId", problem);
        });
        if (!parent.districtId().equals(org.districtId())) {
            throw ApiException.invalid("newParentId", "an organisation moves within its own district");
        }
    }

    private Mono<Intent> submit(LinkagePrincipal actor, Org org, Org parent, List<Org> descendants) {
        if (parent.id().equals(org.parentId())) {
            return Mono.error(ApiException.invalid("newParentId", "the organisation is already there"));
        }
        Instant now = clock.instant();
        List<String> newPath = parent.pathIncludingSelf();
        List<SubtreeMove.Item> items = new ArrayList<>();
        List<EventEnvelope> moveEvents = new ArrayList<>();
        Org movedRoot = moved(org, parent.id(), newPath, now);
        items.add(item(movedRoot));
        moveEvents.add(events.moved(org, movedRoot, actor.userId()));
        moveEvents.add(events.snapshot(movedRoot));
        for (Org descendant : descendants) {
            List<String> path = new ArrayList<>(movedRoot.pathIncludingSelf());
            path.addAll(descendant.path().subList(descendant.path().indexOf(org.id()) + 1, descendant.path().size()));
            Org moved = moved(descendant, descendant.parentId(), path, now);
            items.add(item(moved));
            moveEvents.add(events.snapshot(moved));
        }
        var plan = new SubtreeMove.Plan(org.id(), items, now);
        return intents.submit("move-" + UUID.randomUUID(), SubtreeMove.KIND, plan, moveEvents);
    }

    private static Org moved(Org org, String parentId, List<String> path, Instant now) {
        return new Org(org.id(), org.code(), org.name(), org.tier(), org.kind(), parentId, List.copyOf(path), org.districtId(),
                org.retired(), null, org.version() + 1, org.createdAt(), now, List.of());
    }

    private static SubtreeMove.Item item(Org org) {
        return new SubtreeMove.Item(org.id(), org.parentId(), org.path(), org.version());
    }
}
