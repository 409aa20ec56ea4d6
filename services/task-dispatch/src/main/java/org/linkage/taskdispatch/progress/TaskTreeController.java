package org.linkage.taskdispatch.progress;

import org.linkage.platform.web.security.CurrentUser;
import org.linkage.taskdispatch.task.TaskQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A task's assignment tree, one level and one page at a time. */
@RestController
class TaskTreeController {

    private final TaskQueries tasks;
    private final TaskTreeQueries trees;

    TaskTreeController(TaskQueries tasks, TaskTreeQueries trees) {
        this.tasks = tasks;
        this.trees = trees;
    }

    /**
     * @param parentId an assignment of the task: lists its children; without it, the top of the caller's
     *                 view (the top-level assignments, or the caller's own)
     */
    @GetMapping("/api/tasks/{id}/tree")
    Mono<TreeLevel> tree(@PathVariable String id, @RequestParam(required = false) String parentId,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return CurrentUser.get().flatMap(caller -> tasks.visible(caller, id)
                .flatMap(task -> trees.level(caller, task, parentId, page, size)));
    }
}
