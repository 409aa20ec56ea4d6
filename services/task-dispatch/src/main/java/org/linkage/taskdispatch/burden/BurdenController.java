package org.linkage.taskdispatch.burden;

import org.linkage.platform.web.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** 基层减负: how many open assignments each community holds against its budget. */
@RestController
class BurdenController {

    private final BurdenQueries queries;

    BurdenController(BurdenQueries queries) {
        this.queries = queries;
    }

    /** @param orgId a community, or a street or district for all of its communities; the caller's own by default */
    @GetMapping("/api/assignments/burden")
    Mono<BurdenQueries.View> burden(@RequestParam(required = false) String orgId) {
        return CurrentUser.get().flatMap(caller -> queries.burden(caller, orgId));
    }
}
