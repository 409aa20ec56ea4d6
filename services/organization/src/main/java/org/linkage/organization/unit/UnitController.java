package org.linkage.organization.unit;

import jakarta.validation.Valid;
import org.linkage.organization.org.OrgView;
import org.linkage.platform.events.org.UnitCategory;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.CurrentUser;
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
import java.util.Arrays;

/** Resident units (驻区单位) and their registration (报到) to a street or community. */
@RestController
@RequestMapping("/api/units")
class UnitController {

    private final UnitService units;
    private final UnitQueries queries;

    UnitController(UnitService units, UnitQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    @PostMapping
    Mono<ResponseEntity<UnitView>> register(@Valid @RequestBody UnitRequests.RegisterUnit request) {
        return CurrentUser.get().flatMap(actor -> units.register(actor, request))
                .map(unit -> ResponseEntity.created(URI.create("/api/units/" + unit.id())).body(UnitView.of(unit)));
    }

    @GetMapping("/{id}")
    Mono<UnitView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> queries.get(caller, id)).map(UnitView::of);
    }

    /** Units registered at {@code orgId} (default: your organisation) or below it; unregistered ones are left out. */
    @GetMapping
    Mono<OrgView.Page<UnitView>> list(@RequestParam(required = false) String orgId, @RequestParam(required = false) String category,
                                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return CurrentUser.get().flatMap(caller -> queries.list(caller, orgId, category(category), page, size));
    }

    @PostMapping("/{id}/unregister")
    Mono<UnitView> unregister(@PathVariable String id, @Valid @RequestBody UnitRequests.UnregisterUnit request) {
        return CurrentUser.get().flatMap(actor -> units.unregister(actor, id, request)).map(UnitView::of);
    }

    /** Parsed here rather than by Spring, whose type-mismatch answer would not name the parameter. */
    private static UnitCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UnitCategory.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("category", "must be one of " + Arrays.toString(UnitCategory.values()));
        }
    }
}
