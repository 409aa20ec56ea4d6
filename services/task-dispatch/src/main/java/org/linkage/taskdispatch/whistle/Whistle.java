package org.linkage.taskdispatch.whistle;

import org.linkage.platform.events.EventEnvelope;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A whistle (吹哨): a street, community or grid summons departments and resident units to a problem it
 * sees but cannot solve; each must report in (报到) by {@code respondDueAt}; the raiser closes it and rates them.
 *
 * @param raisedByOrgPath the raiser's ancestors, district first, without itself
 * @param gridId          the raising grid, when a grid blew the whistle
 * @param overdue         whether the deadline passed with summoned departments still silent (WhistleOverdue sent)
 * @param version         incremented by every change; writes match {@code {_id, version}}
 */
@Document(Whistle.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true),
        @CompoundIndex(name = "raiser_time", def = "{'raisedByOrgId': 1, 'raisedAt': -1}")
})
public record Whistle(@Id String id, String districtId, String raisedByOrgId, List<String> raisedByOrgPath,
                      String gridId, String title, String description, String category, String location,
                      @Indexed List<String> summonedOrgIds, @Indexed List<String> summonedUnitIds, Instant respondDueAt, List<Response> responses,
                      WhistleState state, boolean overdue, Boolean resolved, String summary, List<Rating> ratings,
                      String raisedBy, Instant raisedAt, String closedBy, Instant closedAt, long version,
                      List<EventEnvelope> outbox) {

    public static final String COLLECTION = "whistles";

    public Whistle {
        summonedUnitIds = summonedUnitIds == null ? List.of() : summonedUnitIds;
    }

    /** One summoned department's or unit's report (报到); {@code responderId} is the department or unit id. */
    public record Response(String responderId, String message, String respondedBy, Instant respondedAt) {
    }

    /** @param score 1 (very dissatisfied) to 5 (very satisfied) */
    public record Rating(String responderId, int score, String comment) {
    }

    public enum WhistleState {
        OPEN,
        CLOSED
    }

    public Whistle withOutbox(List<EventEnvelope> events) {
        return new Whistle(id, districtId, raisedByOrgId, raisedByOrgPath, gridId, title, description, category, location,
                summonedOrgIds, summonedUnitIds, respondDueAt, responses, state, overdue, resolved, summary, ratings, raisedBy, raisedAt,
                closedBy, closedAt, version, List.copyOf(events));
    }

    public Set<String> responderIds() {
        return responses.stream().map(Response::responderId).collect(Collectors.toSet());
    }

    /** The summoned departments, then units, that have not reported in. */
    public List<String> unanswered() {
        Set<String> answered = responderIds();
        return Stream.concat(summonedOrgIds.stream(), summonedUnitIds.stream()).filter(id -> !answered.contains(id)).toList();
    }

    /** Whether this department or unit was summoned. */
    public boolean summons(String responderId) {
        return summonedOrgIds.contains(responderId) || summonedUnitIds.contains(responderId);
    }
}
