package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when the organisation that blew the whistle closes it and rates each responder.
 *
 * @param resolved whether the problem was solved, as judged by the whistle-blower
 * @param ratings  one per summoned department or unit that responded
 */
@EventType(name = "linkage.task.WhistleClosed", topic = Topics.TASK_EVENTS)
public record WhistleClosed(String whistleId, String raisedByOrgId, boolean resolved, String summary,
                            List<ResponderRating> ratings, String closedBy, Instant closedAt) implements DomainEvent {

    @Override
    public String subject() {
        return whistleId;
    }

    /** @param score 1 (very dissatisfied) to 5 (very satisfied) */
    public record ResponderRating(String responderId, int score, String comment) {
    }
}
