package org.linkage.taskdispatch.task;

import jakarta.validation.Valid;
import org.linkage.platform.messaging.intent.IntentState;
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

/**
 * Reading and withdrawing tasks. Issuing one is the cascade's ({@code POST /api/tasks}); the tree of
 * assignments is read level by level from {@code progress/} ({@code GET /api/tasks/{id}/tree}).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

    private final TaskQueries queries;
    private final TaskCancellation cancellation;
    private final TaskMerging merging;

    TaskController(TaskQueries queries, TaskCancellation cancellation, TaskMerging merging) {
        this.queries = queries;
        this.cancellation = cancellation;
        this.merging = merging;
    }

    /** The task with the roll-up of its assignments per state and per tier. */
    @GetMapping("/{id}")
    Mono<TaskView> get(@PathVariable String id) {
        return CurrentUser.get().flatMap(caller -> queries.get(caller, id));
    }

    @GetMapping
    Mono<TaskView.Page> list(@RequestParam(required = false) String issuedBy, @RequestParam(required = false) TaskState state,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return CurrentUser.get().flatMap(caller -> queries.list(caller, issuedBy, state, page, size));
    }

    /** 200 with the cancelled task, or 202 while its assignments are still being cancelled. */
    @PostMapping("/{id}/cancel")
    Mono<ResponseEntity<TaskView>> cancel(@PathVariable String id, @Valid @RequestBody TaskRequests.CancelTask request) {
        return CurrentUser.get().flatMap(caller -> cancellation.cancel(caller, id, request)
                .flatMap(intent -> queries.get(caller, id).map(task -> ResponseEntity
                        .status(intent.state() == IntentState.DONE ? HttpStatus.OK : HttpStatus.ACCEPTED).body(task))));
    }

    /** Folds this near-duplicate into another task: 200 with it MERGED, or 202 while its assignments are being cancelled. */
    @PostMapping("/{id}/merge")
    Mono<ResponseEntity<TaskView>> merge(@PathVariable String id, @Valid @RequestBody TaskRequests.MergeTask request) {
        return CurrentUser.get().flatMap(caller -> merging.merge(caller, id, request)
                .flatMap(intent -> queries.get(caller, id).map(task -> ResponseEntity
                        .status(intent.state() == IntentState.DONE ? HttpStatus.OK : HttpStatus.ACCEPTED).body(task))));
    }
}
