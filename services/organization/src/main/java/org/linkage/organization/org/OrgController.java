package org.linkage.organization.org;

import jakarta.validation.Valid;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.messaging.intent.IntentState;
import org.linkage.platform.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;

/** The organisation tree: district → streets → communities → grids, plus district departments. */
@RestController
@RequestMapping("/api/orgs")
class OrgController {

    private final OrgService orgs;
    private final OrgQueries queries;
    private final OrgMoves moves;

    OrgController(OrgService orgs, OrgQueries queries, OrgMoves moves) {
        this.orgs = orgs;
        this.queries = queries;
        this.moves = moves;
    }

    @PostMapping
    Mono<ResponseEntity<OrgView>> create(@Valid @RequestBody OrgRequests.CreateOrg request) {
        return CurrentUser.get().flatMap(actor -> orgs.create(actor, request))
                .map(org -> ResponseEntity.created(URI.create("/api/orgs/" + org.id())).body(OrgView.of(org)));
    }

    /** The full organisation within your subtree; only its name and tier for your ancestors. */
    @GetMapping("/{id}")
    Mono<Object> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> queries.get(caller, id));
    }

    @PatchMapping("/{id}")
    Mono<OrgView> update(@PathVariable String id, @Valid @RequestBody OrgRequests.UpdateOrg request) {
        return CurrentUser.get().flatMap(actor -> orgs.update(actor, id, request)).map(OrgView::of);
    }

    /** Moves the subtree; 200 when applied, 202 while it is still PENDING. */
    @PostMapping("/{id}/move")
    Mono<ResponseEntity<IntentView>> move(@PathVariable String id, @Valid @RequestBody OrgRequests.MoveOrg request) {
        return CurrentUser.get().flatMap(actor -> moves.move(actor, id, request))
                .map(intent -> ResponseEntity.status(intent.state() == IntentState.DONE ? HttpStatus.OK : HttpStatus.ACCEPTED)
                        .body(IntentView.of(intent)));
    }

    @PostMapping("/{id}/retire")
    Mono<OrgView> retire(@PathVariable String id, @Valid @RequestBody(required = false) OrgRequests.RetireOrg request) {
        return CurrentUser.get().flatMap(actor -> orgs.retire(actor, id, request)).map(OrgView::of);
    }

    @GetMapping("/{id}/children")
    Flux<OrgView> children(@PathVariable String id, @RequestParam(defaultValue = "false") boolean includeRetired) {
        return CurrentUser.get().flatMapMany(caller -> queries.children(caller, id, includeRetired));
    }

    @GetMapping("/{id}/subtree")
    Mono<OrgView.Page<OrgView>> subtree(@PathVariable String id, @RequestParam(required = false) OrgTier tier,
                                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return CurrentUser.get().flatMap(caller -> queries.subtree(caller, id, tier, page, size));
    }

    @GetMapping
    Mono<OrgView.Page<OrgView>> search(@RequestParam(required = false) String code, @RequestParam(required = false) String q,
                                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return CurrentUser.get().flatMap(caller -> queries.search(caller, code, q, page, size));
    }
}
