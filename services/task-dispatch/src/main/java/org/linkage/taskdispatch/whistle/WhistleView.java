package org.linkage.taskdispatch.whistle;

import java.time.Instant;
import java.util.List;

/** A whistle as the API shows it. */
public record WhistleView(String id, String districtId, String raisedByOrgId, String gridId, String title,
                          String description, String category, String location, List<String> summonedOrgIds,
                          List<String> summonedUnitIds,
                          Instant respondDueAt, List<Whistle.Response> responses, List<String> unanswered,
                          Whistle.WhistleState state, boolean overdue, Boolean resolved, String summary,
                          List<Whistle.Rating> ratings, String raisedBy, Instant raisedAt, String closedBy,
                          Instant closedAt, long version) {

    static WhistleView of(Whistle w) {
        return new WhistleView(w.id(), w.districtId(), w.raisedByOrgId(), w.gridId(), w.title(), w.description(),
                w.category(), w.location(), w.summonedOrgIds(), w.summonedUnitIds(), w.respondDueAt(), w.responses(), w.unanswered(),
                w.state(), w.overdue(), w.resolved(), w.summary(), w.ratings(), w.raisedBy(), w.raisedAt(),
                w.closedBy(), w.closedAt(), w.version());
    }
}
