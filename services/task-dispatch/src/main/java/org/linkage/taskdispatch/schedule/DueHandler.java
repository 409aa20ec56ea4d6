package org.linkage.taskdispatch.schedule;

import reactor.core.publisher.Mono;

import java.time.Instant;

/**
 * What happens when a due item of one kind comes due. Register it as a bean; the {@link Scheduler}
 * finds it by {@link #kind()}.
 * <p>
 * A handler must be idempotent: the scheduler fires each item once in the normal course, but a
 * replica that lost its lease mid-tick, or a crash between the handler's success and the item's
 * removal, can fire it again. Make the state change conditional (e.g. mark overdue only if not yet).
 * An error leaves the item scheduled; it is tried again a little later.
 */
public interface DueHandler {

    /** The kind of items this handler fires, e.g. {@code deadline.receipt}. */
    String kind();

    /** @param dueAt the instant the item was scheduled for (millisecond precision) */
    Mono<Void> fire(String itemId, Instant dueAt);
}
