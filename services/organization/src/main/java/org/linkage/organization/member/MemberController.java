package org.linkage.organization.member;

import jakarta.validation.Valid;
import org.linkage.organization.org.OrgView;
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

/** Party members (党员) and their reporting in (双报到) to the community where they live. */
@RestController
@RequestMapping("/api/members")
class MemberController {

    private final MemberService members;
    private final MemberQueries queries;

    MemberController(MemberService members, MemberQueries queries) {
        this.members = members;
        this.queries = queries;
    }

    @PostMapping
    Mono<ResponseEntity<MemberView>> register(@Valid @RequestBody MemberRequests.RegisterMember request) {
        return CurrentUser.get().flatMap(actor -> members.register(actor, request))
                .map(member -> ResponseEntity.created(URI.create("/api/members/" + member.id())).body(MemberView.of(member)));
    }

    @GetMapping("/{id}")
    Mono<MemberView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> queries.get(caller, id)).map(MemberView::of);
    }

    /** Phone numbers are masked; {@code reported} filters on having reported in. */
    @GetMapping
    Mono<OrgView.Page<MemberView>> list(@RequestParam(required = false) String communityId,
                                        @RequestParam(required = false) Boolean reported,
                                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return CurrentUser.get().flatMap(caller -> queries.list(caller, communityId, reported, page, size));
    }

    /** The body is optional: without one the member reports in to their residence community. */
    @PostMapping("/{id}/report-in")
    Mono<MemberView> reportIn(@PathVariable String id, @RequestBody(required = false) MemberRequests.ReportIn request) {
        return CurrentUser.get()
                .flatMap(actor -> members.reportIn(actor, id, request != null ? request : MemberRequests.ReportIn.HOME))
                .map(MemberView::of);
    }
}
