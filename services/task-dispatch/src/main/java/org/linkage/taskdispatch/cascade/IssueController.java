package org.linkage.taskdispatch.cascade;

import jakarta.validation.Valid;
import org.linkage.platform.web.security.CurrentUser;
import org.linkage.taskdispatch.task.TaskRequests;
import org.linkage.taskdispatch.task.TaskView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;

/** Issuing a task starts its cascade. */
@RestController
class IssueController {

    private final TaskIssuing issuing;

    IssueController(TaskIssuing issuing) {
        this.issuing = issuing;
    }

    /** 201 with the OPEN task once its cascade is written; 202 with the PENDING task while the sweeper finishes it. */
    @PostMapping("/api/tasks")
    Mono<ResponseEntity<TaskView>> issue(@Valid @RequestBody TaskRequests.IssueTask request) {
        return CurrentUser.get().flatMap(caller -> issuing.issue(caller, request))
                .map(issued -> ResponseEntity.status(issued.complete() ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
                        .location(URI.create("/api/tasks/" + issued.task().id()))
                        .body(TaskView.of(issued.task())));
    }
}
