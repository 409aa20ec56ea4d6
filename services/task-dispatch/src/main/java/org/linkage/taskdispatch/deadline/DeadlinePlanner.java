package org.linkage.taskdispatch.deadline;

import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.schedule.DueItems;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Schedules an assignment's deadlines when it is issued (by the fan-out or a re-dispatch): the
 * receipt deadline, the completion deadline, and a warning the configured offsets before each
 * (those that fall after the issue). Driven by AssignmentIssued through the inbox; scheduling is
 * idempotent, so a redelivered event changes nothing.
 */
@Component
public class DeadlinePlanner {

    private final AssignmentStore store;
    private final DueItems due;
    private final DeadlineProperties properties;

    DeadlinePlanner(AssignmentStore store, DueItems due, DeadlineProperties properties) {
        this.store = store;
        this.due = due;
        this.properties = properties;
    }

    public Mono<Void> issued(String assignmentId) {
        return store.find(assignmentId).flatMap(this::plan);
    }

    /** Schedules what the assignment's current terms ask for; also used when a deadline moves. */
    public Mono<Void> plan(Assignment a) {
        record Item(String kind, String id, Instant at) {
        }
        List<Item> items = new ArrayList<>();
        Instant receipt = a.terms().receiptDueAt();
        Instant dueAt = a.terms().dueAt();
        if (receipt != null) {
            items.add(new Item(DeadlineKind.RECEIPT.kind(), a.id(), receipt));
        }
        if (dueAt != null) {
            items.add(new Item(DeadlineKind.DUE.kind(), a.id(), dueAt));
        }
        for (Duration offset : properties.warnings()) {
            if (receipt != null && receipt.minus(offset).isAfter(a.issuedAt())) {
                items.add(new Item(DeadlineKind.RECEIPT_WARNING.kind(), DeadlineKind.warningId(a.id(), offset), receipt.minus(offset)));
            }
            if (dueAt != null && dueAt.minus(offset).isAfter(a.issuedAt())) {
                items.add(new Item(DeadlineKind.DUE_WARNING.kind(), DeadlineKind.warningId(a.id(), offset), dueAt.minus(offset)));
            }
        }
        return Flux.fromIterable(items).concatMap(item -> due.schedule(item.kind(), item.id(), item.at())).then();
    }
}
