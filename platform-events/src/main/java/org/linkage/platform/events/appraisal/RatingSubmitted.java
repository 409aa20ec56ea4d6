package org.linkage.platform.events.appraisal;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when a rating of an organisation or resident unit is accepted for an appraisal period.
 *
 * @param periodId the appraisal period, e.g. {@code 2025-Q2}
 * @param ratedId  the rated organisation or unit; the Kafka key
 * @param raterId  the rating organisation, unit or user; null for an anonymous resident
 * @param score    1 (very dissatisfied) to 5 (very satisfied)
 */
@EventType(name = "linkage.appraisal.RatingSubmitted", topic = Topics.APPRAISAL_EVENTS)
public record RatingSubmitted(String ratingId, String districtId, String periodId, String ratedId, String raterId,
                              RatingSource source, int score, String comment, Instant submittedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return ratingId;
    }
}
