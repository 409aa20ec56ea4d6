package org.linkage.taskdispatch.whistle;

import org.linkage.platform.events.task.WhistleOverdue;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.schedule.DueHandler;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;

/**
 * Fires when a whistle's response time is up: if it is still open and summoned departments are
 * silent, it is marked overdue with one {@link WhistleOverdue}. Idempotent: a whistle already
 * overdue, closed or fully answered is left alone; a concurrent change fails it and the scheduler retries.
 */
@Component
public class WhistleDeadline implements DueHandler {

    public static final String KIND = "whistle.respond";

    private final WhistleService whistles;
    private final Outbox outbox;
    private final Clock clock;

    WhistleDeadline(WhistleService whistles, Outbox outbox, Clock clock) {
        this.whistles = whistles;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Mono<Void> fire(String itemId, Instant dueAt) {
        return whistles.find(itemId)
                .filter(w -> w.state() == Whistle.WhistleState.OPEN && !w.overdue() && !w.unanswered().isEmpty())
                .flatMap(w -> whistles.write(w, new Update().set("overdue", true), outbox.envelope(
                        new WhistleOverdue(w.id(), w.unanswered(), w.respondDueAt(), clock.instant()), w.id())))
                .then();
    }
}
