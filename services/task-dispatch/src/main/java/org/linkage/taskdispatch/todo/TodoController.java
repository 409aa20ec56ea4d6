package org.linkage.taskdispatch.todo;

import org.linkage.platform.web.security.CurrentUser;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An organisation's to-do list: its open assignments. */
@RestController
class TodoController {

    private final TodoQueries queries;

    TodoController(TodoQueries queries) {
        this.queries = queries;
    }

    /**
     * @param orgId   an organisation of the caller's subtree; the caller's own by default
     * @param overdue true: only items past a deadline; false: only the others
     */
    @GetMapping("/api/assignments")
    Mono<TodoQueries.Page> list(@RequestParam(required = false) String orgId,
                                @RequestParam(required = false) AssignmentState state,
                                @RequestParam(required = false) Boolean overdue,
                                @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return CurrentUser.get().flatMap(caller -> queries.list(caller, orgId, state, overdue, page, size));
    }
}
