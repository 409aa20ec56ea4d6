package org.linkage.platform.events.appraisal;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.org.OrgTier;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Emitted when an organisation's score for a period changes because new events were applied.
 *
 * @param score          weighted total, 0 to 100
 * @param indicators     indicator name to value, e.g. onTimeReceiptRate, onTimeCompletionRate, returnRate,
 *                       overdueCount, whistleResponseRate, satisfaction; names grow with the weights
 * @param weightsVersion the district's weights version the score was computed with
 * @param causeEventIds  {@code ce_id}s of the events applied since the previous update, so every point
 *                       traces back to what caused it
 */
@EventType(name = "linkage.appraisal.ScoreUpdated", topic = Topics.APPRAISAL_EVENTS)
public record ScoreUpdated(String orgId, String districtId, String periodId, OrgTier tier, double score,
                           Map<String, Double> indicators, int weightsVersion, List<String> causeEventIds,
                           Instant updatedAt) implements DomainEvent {

    @Override
    public String subject() {
        return orgId;
    }
}
