package org.linkage.organization.org;

import org.linkage.platform.messaging.intent.Intent;
import org.linkage.platform.messaging.intent.IntentState;

import java.time.Instant;

/** The progress of a multi-document change (an import, a move): PENDING until every document is written. */
public record IntentView(String id, String kind, IntentState state, int attempts, Instant createdAt, Instant completedAt) {

    public static IntentView of(Intent intent) {
        return new IntentView(intent.id(), intent.kind(), intent.state(), intent.attempts(), intent.createdAt(),
                intent.completedAt());
    }
}
