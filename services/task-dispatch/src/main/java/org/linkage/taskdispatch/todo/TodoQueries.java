package org.linkage.taskdispatch.todo;

import org.linkage.platform.web.problem.ApiException;
import org.linkage.platform.web.security.LinkagePrincipal;
import org.linkage.platform.web.security.OrgScope;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.assignment.Officers;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.org.UnitDirectory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.util.List;

/** An organisation's or a unit's to-do list, for callers whose subtree holds it: one read by id, filtered and paged in memory. */
@Service
public class TodoQueries {

    public static final int MAX_PAGE_SIZE = 200;

    private final TodoProjector lists;
    private final OrgDirectory directory;
    private final UnitDirectory units;

    TodoQueries(TodoProjector lists, OrgDirectory directory, UnitDirectory units) {
        this.lists = lists;
        this.directory = directory;
        this.units = units;
    }

    /** @param total how many items match the filters, on all pages */
    public record Page(String orgId, List<TodoItem> items, int page, int size, long total) {
    }

    /** @param overdue true for overdue items only, false for the others, null for all */
    public Mono<Page> list(LinkagePrincipal caller, String orgId, AssignmentState state, Boolean overdue, int page,
                           int size) {
        if (page < 0) {
            return Mono.error(ApiException.invalid("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(ApiException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        boolean unitContact = Officers.isUnitContact(caller);
        String own = unitContact ? caller.unitId() : caller.orgId();
        String target = orgId == null || orgId.isBlank() ? own : orgId;
        if (unitContact && !own.equals(target)) {
            return Mono.error(ApiException.notFound("organisation", target));
        }
        if (target == null) {
            return Mono.error(ApiException.invalid("orgId", "required for a caller without an organisation"));
        }
        return inScope(caller, target)
                .then(lists.find(target).defaultIfEmpty(TodoList.empty(target)))
                .map(list -> {
                    List<TodoItem> matching = list.items().stream()
                            .filter(item -> state == null || item.state() == state)
                            .filter(item -> overdue == null || item.overdue() == overdue).toList();
                    int from = (int) Math.min((long) page * size, matching.size());
                    int to = Math.min(from + size, matching.size());
                    return new Page(target, matching.subList(from, to), page, size, matching.size());
                });
    }

    /** The caller's own list, one of an organisation in its subtree, or one of a unit registered there. */
    private Mono<Void> inScope(LinkagePrincipal caller, String orgId) {
        if (orgId.equals(caller.orgId()) || orgId.equals(caller.unitId())) {
            return Mono.empty();
        }
        Mono<Boolean> org = directory.find(orgId).map(found -> OrgScope.covers(caller, found.id(), found.path()));
        Mono<Boolean> unit = units.find(orgId).flatMap(found -> directory.find(found.orgId()))
                .map(host -> OrgScope.covers(caller, host.id(), host.path()));
        return org.switchIfEmpty(unit).filter(Boolean::booleanValue)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("organisation", orgId)))
                .then();
    }
}
