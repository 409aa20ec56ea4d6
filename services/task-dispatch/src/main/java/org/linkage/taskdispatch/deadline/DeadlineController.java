package org.linkage.taskdispatch.deadline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.CurrentUser;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.linkage.taskdispatch.assignment.AssignmentView;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/** Urging (催办/督办) and the supervision lists escalation fills. */
@RestController
class DeadlineController {

    private final Urging urging;
    private final Extensions extensions;
    private final SupervisionProjector lists;
    private final OrgDirectory directory;

    DeadlineController(Urging urging, Extensions extensions, SupervisionProjector lists, OrgDirectory directory) {
        this.urging = urging;
        this.extensions = extensions;
        this.lists = lists;
        this.directory = directory;
    }

    record Urge(@NotBlank @Size(max = 500) String message) {
    }

    record ExtensionRequest(@NotBlank @Size(max = 500) String reason, @NotNull Instant newDueAt) {
    }

    record Refusal(@NotBlank @Size(max = 500) String reason) {
    }

    record SupervisionPage(String orgId, List<SupervisionItem> items, long total) {
    }

    @PostMapping("/api/assignments/{id}/urge")
    Mono<AssignmentView> urge(@PathVariable String id, @Valid @RequestBody Urge request) {
        return CurrentUser.get().flatMap(caller -> urging.urge(caller, id, request.message())).map(AssignmentView::of);
    }

    /** 延期: the assignee asks for a later deadline. */
    @PostMapping("/api/assignments/{id}/extension")
    Mono<AssignmentView> requestExtension(@PathVariable String id, @Valid @RequestBody ExtensionRequest request) {
        return CurrentUser.get().flatMap(caller -> extensions.request(caller, id, request.reason(), request.newDueAt()))
                .map(AssignmentView::of);
    }

    @PostMapping("/api/assignments/{id}/extension/grant")
    Mono<AssignmentView> grantExtension(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> extensions.grant(caller, id)).map(AssignmentView::of);
    }

    @PostMapping("/api/assignments/{id}/extension/refuse")
    Mono<AssignmentView> refuseExtension(@PathVariable String id, @Valid @RequestBody Refusal request) {
        return CurrentUser.get().flatMap(caller -> extensions.refuse(caller, id, request.reason())).map(AssignmentView::of);
    }

    /** The escalated assignments an organisation of the caller's subtree supervises (督办). */
    @GetMapping(value = "/api/assignments", params = "supervisedBy")
    Mono<SupervisionPage> supervised(@RequestParam String supervisedBy) {
        return CurrentUser.get().flatMap(caller -> inScope(caller, supervisedBy))
                .then(lists.find(supervisedBy).defaultIfEmpty(SupervisionList.empty(supervisedBy)))
                .map(list -> new SupervisionPage(list.orgId(), list.items(), list.items().size()));
    }

    /** 429 with Retry-After, in the same problem+json shape as every other refusal. */
    @ExceptionHandler(Urging.TooSoon.class)
    ResponseEntity<ProblemDetail> tooSoon(Urging.TooSoon e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem);
    }

    private Mono<Void> inScope(LinkagePrincipal caller, String orgId) {
        if (orgId.equals(caller.orgId())) {
            return Mono.empty();
        }
        return directory.find(orgId).filter(org -> OrgScope.covers(caller, org.id(), org.path()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("organisation", orgId)))
                .then();
    }
}
