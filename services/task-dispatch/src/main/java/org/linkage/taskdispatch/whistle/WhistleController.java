package org.linkage.taskdispatch.whistle;

import jakarta.validation.Valid;
import org.linkage.platform.web.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;

/** 吹哨报到: raise, respond, close, read. */
@RestController
@RequestMapping("/api/whistles")
class WhistleController {

    private final WhistleService whistles;

    WhistleController(WhistleService whistles) {
        this.whistles = whistles;
    }

    @PostMapping
    Mono<ResponseEntity<WhistleView>> raise(@Valid @RequestBody WhistleRequests.RaiseWhistle request) {
        return CurrentUser.get().flatMap(caller -> whistles.raise(caller, request))
                .map(w -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/whistles/" + w.id()))
                        .body(WhistleView.of(w)));
    }

    /** 报到, by an officer of a summoned department. */
    @PostMapping("/{id}/responses")
    Mono<WhistleView> respond(@PathVariable String id, @Valid @RequestBody WhistleRequests.Respond request) {
        return CurrentUser.get().flatMap(caller -> whistles.respond(caller, id, request)).map(WhistleView::of);
    }

    @PostMapping("/{id}/close")
    Mono<WhistleView> close(@PathVariable String id, @Valid @RequestBody WhistleRequests.Close request) {
        return CurrentUser.get().flatMap(caller -> whistles.close(caller, id, request)).map(WhistleView::of);
    }

    @GetMapping("/{id}")
    Mono<WhistleView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> whistles.visible(caller, id)).map(WhistleView::of);
    }

    /** @param orgId raised by or summoning this organisation of the caller's scope; the caller's own by default */
    @GetMapping
    Mono<List<WhistleView>> list(@RequestParam(required = false) String orgId) {
        return CurrentUser.get().flatMap(caller -> whistles.list(caller, orgId))
                .map(list -> list.stream().map(WhistleView::of).toList());
    }
}
