package org.linkage.taskdispatch.sendback;

import jakarta.validation.Valid;
import org.linkage.platform.messaging.intent.IntentState;
import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.CurrentUser;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.AssignmentView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Map;

/** 退单 and the reviewer's two answers. */
@RestController
@RequestMapping("/api/assignments")
class SendBackController {

    private final SendBacks sendBacks;
    private final AssignmentStore store;

    SendBackController(SendBacks sendBacks, AssignmentStore store) {
        this.sendBacks = sendBacks;
        this.store = store;
    }

    /** The assignee says the work is misrouted: SENT_BACK, awaiting its reviewer. */
    @PostMapping("/{id}/send-back")
    Mono<AssignmentView> sendBack(@PathVariable String id, @Valid @RequestBody SendBackRequests.SendBack request) {
        return CurrentUser.get().flatMap(caller -> sendBacks.sendBack(caller, id, request)).map(AssignmentView::of);
    }

    /** The reviewer refuses the send-back: ISSUED again, to be received. */
    @PostMapping("/{id}/insist")
    Mono<AssignmentView> insist(@PathVariable String id, @Valid @RequestBody SendBackRequests.Insist request) {
        return CurrentUser.get().flatMap(caller -> sendBacks.insist(caller, id, request)).map(AssignmentView::of);
    }

    /**
     * The reviewer gives the work to a sibling organisation: 200 with the new assignment, or 202 with the
     * old one while the change is being written.
     */
    @PostMapping("/{id}/retarget")
    Mono<ResponseEntity<AssignmentView>> retarget(@PathVariable String id,
                                                  @Valid @RequestBody SendBackRequests.Retarget request) {
        return CurrentUser.get().flatMap(caller -> sendBacks.retarget(caller, id, request).flatMap(intent -> {
            boolean done = intent.state() == IntentState.DONE;
            // a done intent that wrote no replacement found the assignment changed between check and write
            return store.find(id)
                    .flatMap(old -> done ? store.find(Assignment.idOf(old.taskId(), request.orgId()))
                            .switchIfEmpty(Mono.error(() -> ApiException.conflict("assignment " + id
                                    + " was changed meanwhile; reload and retry", Map.of("currentState", old.state()))))
                            : Mono.just(old))
                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("assignment", id)))
                    .map(a -> ResponseEntity.status(done ? HttpStatus.OK : HttpStatus.ACCEPTED).body(AssignmentView.of(a)));
        }));
    }
}
