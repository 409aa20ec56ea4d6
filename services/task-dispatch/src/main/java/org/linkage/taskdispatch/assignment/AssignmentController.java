package org.linkage.taskdispatch.assignment;

import jakarta.validation.Valid;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** One organisation's share of a task and what it does with it. Re-dispatch lives with the cascade. */
@RestController
@RequestMapping("/api/assignments")
class AssignmentController {

    private final AssignmentStore store;
    private final AssignmentTransitions transitions;

    AssignmentController(AssignmentStore store, AssignmentTransitions transitions) {
        this.store = store;
        this.transitions = transitions;
    }

    @GetMapping("/{id}")
    Mono<AssignmentView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> store.find(id).filter(a -> AssignmentAccess.sees(caller, a)))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("assignment", id)))
                .map(AssignmentView::of);
    }

    /** 签收. */
    @PostMapping("/{id}/receive")
    Mono<AssignmentView> receive(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> transitions.receive(caller, id)).map(AssignmentView::of);
    }

    /** 反馈. */
    @PostMapping("/{id}/report")
    Mono<AssignmentView> report(@PathVariable String id, @Valid @RequestBody AssignmentRequests.ReportWork request) {
        return CurrentUser.get().flatMap(caller -> transitions.report(caller, id, request)).map(AssignmentView::of);
    }

    @PostMapping("/{id}/approve")
    Mono<AssignmentView> approve(@PathVariable String id,
                                 @Valid @RequestBody(required = false) AssignmentRequests.Approve request) {
        return CurrentUser.get().flatMap(caller -> transitions.approve(caller, id, request)).map(AssignmentView::of);
    }

    /** 退回. */
    @PostMapping("/{id}/return")
    Mono<AssignmentView> returnToWork(@PathVariable String id,
                                      @Valid @RequestBody AssignmentRequests.ReturnToWork request) {
        return CurrentUser.get().flatMap(caller -> transitions.returnToWork(caller, id, request)).map(AssignmentView::of);
    }
}
