package org.linkage.taskdispatch.cascade;

import jakarta.validation.Valid;
import org.linkage.platform.web.security.CurrentUser;
import org.linkage.taskdispatch.assignment.AssignmentView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A relay street passes its assignment on to its communities. */
@RestController
class RedispatchController {

    private final Redispatch redispatch;

    RedispatchController(Redispatch redispatch) {
        this.redispatch = redispatch;
    }

    /** 200 with the DISPATCHED assignment, or 202 while the children are still being written. */
    @PostMapping("/api/assignments/{id}/dispatch")
    Mono<ResponseEntity<AssignmentView>> dispatch(@PathVariable String id, @Valid @RequestBody DispatchRequest request) {
        return CurrentUser.get().flatMap(caller -> redispatch.dispatch(caller, id, request))
                .map(dispatched -> ResponseEntity.status(dispatched.complete() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                        .body(AssignmentView.of(dispatched.assignment())));
    }
}
