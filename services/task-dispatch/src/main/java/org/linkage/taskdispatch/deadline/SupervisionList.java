package org.linkage.taskdispatch.deadline;

import org.linkage.taskdispatch.assignment.Assignment;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The supervision list (督办) of one organisation: the open assignments escalated to it, most
 * overdue first. One document per organisation, keyed by its id, read in one {@code _id} lookup.
 */
@Document(SupervisionList.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record SupervisionList(@Id String orgId, List<SupervisionItem> items, long version) {

    public static final String COLLECTION = "supervision";

    private static final Comparator<SupervisionItem> MOST_OVERDUE_FIRST = Comparator.comparing(SupervisionItem::dueAt)
            .thenComparing(SupervisionItem::assignmentId);

    static SupervisionList empty(String orgId) {
        return new SupervisionList(orgId, List.of(), 0);
    }

    /** Listed while escalated here and open; gone once approved or cancelled. */
    SupervisionList with(Assignment assignment) {
        List<SupervisionItem> next = new ArrayList<>(items.stream()
                .filter(item -> !item.assignmentId().equals(assignment.id())).toList());
        if (orgId.equals(assignment.escalatedToOrgId()) && assignment.state().isOpen()) {
            next.add(SupervisionItem.of(assignment));
        }
        next.sort(MOST_OVERDUE_FIRST);
        return new SupervisionList(orgId, List.copyOf(next), version);
    }
}
