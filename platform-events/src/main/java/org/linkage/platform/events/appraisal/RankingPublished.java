package org.linkage.platform.events.appraisal;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.org.OrgTier;

import java.time.Instant;
import java.util.List;

/**
 * Emitted when a ranking of one tier within a scope is published for a period, with the red/black lists.
 *
 * @param scopeOrgId the district (streets, or communities across it) or a street (its communities);
 *                   the Kafka key
 * @param entries    best first
 */
@EventType(name = "linkage.appraisal.RankingPublished", topic = Topics.APPRAISAL_EVENTS)
public record RankingPublished(String rankingId, String districtId, String periodId, OrgTier tier, String scopeOrgId,
                               int weightsVersion, List<Entry> entries, Instant publishedAt) implements DomainEvent {

    @Override
    public String subject() {
        return rankingId;
    }

    /** @param rank 1 for the best; ties share a rank */
    public record Entry(int rank, String orgId, double score, Board board) {
    }

    /** Placement on the red/black list (红黑榜). */
    public enum Board {
        RED,
        BLACK,
        NONE
    }
}
