package org.linkage.organization.org;

import org.linkage.platform.events.org.OrgKind;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creating, changing and retiring organisations, each a single-document write with its events. */
@Service
public class OrgService {

    /** Roles that may shape the tree inside their own subtree. */
    static final Set<String> TREE_EDITORS = Set.of(LinkagePrincipal.ADMIN, "DISTRICT_OFFICER", "STREET_OFFICER",
            "COMMUNITY_OFFICER");

    private final OrgStore store;
    private final OrgWriter writer;
    private final OrgEvents events;
    private final Clock clock;

    public OrgService(OrgStore store, OrgWriter writer, OrgEvents events, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.events = events;
        this.clock = clock;
    }

    public Mono<Org> create(LinkagePrincipal actor, OrgRequests.CreateOrg request) {
        requireEditor(actor);
        OrgKind kind = request.kind() != null ? request.kind() : OrgRules.defaultKind(request.tier());
        OrgRules.kindProblem(request.tier(), kind).ifPresent(problem -> {
            throw ApiException.invalid("kind", problem);
        });
        return parentOf(request.parentId())
                .map(parent -> {
                    Org parentOrg = parent.orElse(null);
                    OrgRules.parentProblem(request.tier(), kind, parentOrg == null ? null : parentOrg.tier(),
                            parentOrg == null ? null : parentOrg.kind()).ifPresent(problem -> {
                        throw ApiException.invalid("parentId", problem);
                    });
                    if (parentOrg == null) {
                        requireAdmin(actor, "only an administrator creates a district");
                    } else {
                        OrgScope.require(actor, parentOrg.id(), parentOrg.path());
                    }
                    return newOrg(request, kind, parentOrg, actor);
                })
                .flatMap(writer::insert);
    }

    public Mono<Org> update(LinkagePrincipal actor, String id, OrgRequests.UpdateOrg request) {
        requireEditor(actor);
        return writable(actor, id).flatMap(before -> {
            OrgKind kind = request.kind() != null ? request.kind() : before.kind();
            OrgRules.kindProblem(before.tier(), kind).ifPresent(problem -> {
                throw ApiException.invalid("kind", problem);
            });
            if ((kind == OrgKind.DEPARTMENT) != before.isDepartment()) {
                throw ApiException.invalid("kind", "a department cannot become a district or the reverse");
            }
            Org after = new Org(before.id(), Objects.requireNonNullElse(request.code(), before.code()),
                    Objects.requireNonNullElse(request.name(), before.name()), before.tier(), kind, before.parentId(),
                    before.path(), before.districtId(), before.retired(), null, before.version() + 1, before.createdAt(),
                    clock.instant(), List.of());
            return writer.update(before, after, events.updated(after, actor.userId()));
        });
    }

    /** Refused while open (not retired) children remain; retiring twice is a no-op. */
    public Mono<Org> retire(LinkagePrincipal actor, String id, OrgRequests.RetireOrg request) {
        requireEditor(actor);
        return writable(actor, id).flatMap(before -> {
            if (before.retired()) {
                return Mono.just(before);
            }
            return store.hasOpenChildren(id).flatMap(hasChildren -> {
                if (hasChildren) {
                    return Mono.error(ApiException.conflict("organisation " + id + " still has open children; retire or move them first"));
                }
                Org after = new Org(before.id(), before.code(), before.name(), before.tier(), before.kind(), before.parentId(),
                        before.path(), before.districtId(), true, null, before.version() + 1, before.createdAt(),
                        clock.instant(), List.of());
                return writer.update(before, after,
                        events.retired(after, request == null ? null : request.successorOrgId(),
                                request == null ? null : request.reason(), actor.userId()));
            });
        });
    }

    /** The organisation if the caller may change it: in scope, not retired, no change in progress. */
    Mono<Org> writable(LinkagePrincipal actor, String id) {
        return store.findById(id)
                .filter(org -> OrgScope.covers(actor, org.id(), org.path()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("organisation", id)))
                .doOnNext(org -> {
                    if (org.isPending()) {
                        throw ApiException.conflict("a change to organisation " + id + " is being applied; retry shortly");
                    }
                });
    }

    private Mono<Optional<Org>> parentOf(String parentId) {
        if (parentId == null || parentId.isBlank()) {
            return Mono.just(Optional.empty());
        }
        return store.findById(parentId)
                .switchIfEmpty(Mono.error(() -> ApiException.invalid("parentId", "unknown organisation " + parentId)))
                .doOnNext(parent -> {
                    if (parent.retired()) {
                        throw ApiException.invalid("parentId", "organisation " + parentId + " is retired");
                    }
                })
                .map(Optional::of);
    }

    private Org newOrg(OrgRequests.CreateOrg request, OrgKind kind, Org parent, LinkagePrincipal actor) {
        String id = newId();
        var now = clock.instant();
        List<String> path = parent == null ? List.of() : parent.pathIncludingSelf();
        String districtId = parent == null ? id : parent.districtId();
        Org org = new Org(id, request.code(), request.name().strip(), request.tier(), kind,
                parent == null ? null : parent.id(), path, districtId, false, null, 0, now, now, List.of());
        return withOutbox(org, actor);
    }

    private Org withOutbox(Org org, LinkagePrincipal actor) {
        return new Org(org.id(), org.code(), org.name(), org.tier(), org.kind(), org.parentId(), org.path(), org.districtId(),
                org.retired(), org.pendingIntentId(), org.version(), org.createdAt(), org.updatedAt(),
                events.created(org, actor.userId()));
    }

    static String newId() {
        return "org-" + UUID.randomUUID();
    }

    static void requireEditor(LinkagePrincipal actor) {
        if (actor.roles().stream().noneMatch(TREE_EDITORS::contains)) {
            throw ApiException.forbidden("your roles do not allow changing the organisation tree");
        }
    }

    static void requireAdmin(LinkagePrincipal actor, String why) {
        if (!actor.isAdmin()) {
            throw ApiException.forbidden(why);
        }
    }
}
