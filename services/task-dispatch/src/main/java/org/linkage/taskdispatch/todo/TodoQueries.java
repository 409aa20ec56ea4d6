package org.linkage.taskdispatch.todo;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.List;

/** An organisation's to-do list, for callers whose subtree holds it: one read by id, filtered and paged in memory. */
@Service
public class TodoQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final TodoProjector lists;
    private final OrgDirectory directory;

    TodoQueries(TodoProjector lists, OrgDirectory directory) {
        this.lists = lists;
        this.directory = directory;
    }

    /** @param total how many items match the state filter, on all pages */
    public record Page(String orgId, List<TodoItem> items, int page, int size, long total) {
    }

    public Mono<Page> list(LinkagePrincipal caller, String orgId, AssignmentState state, int page, int size) {
        if (page < 0) {
            return Mono.error(ApiException.invalid("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(ApiException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        String target = orgId == null || orgId.isBlank() ? caller.orgId() : orgId;
        if (target == null) {
            return Mono.error(ApiException.invalid("orgId", "required for a caller without an organisation"));
        }
        return inScope(caller, target)
                .then(lists.find(target).defaultIfEmpty(TodoList.empty(target)))
                .map(list -> {
                    List<TodoItem> matching = list.items().stream()
                            .filter(item -> state == null || item.state() == state).toList();
                    int from = (int) Math.min((long) page * size, matching.size());
                    int to = Math.min(from + size, matching.size());
                    return new Page(target, matching.subList(from, to), page, size, matching.size());
                });
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
