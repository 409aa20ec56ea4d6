package org.linkage.taskdispatch.cascade;

import org.linkage.platform.web.problem.ApiException.FieldError;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The deadline rules of a cascade: what a receipt and a completion deadline must satisfy, and how shares derive one. */
public final class Deadlines {

    private Deadlines() {
    }

    /**
     * Both deadlines in the future (seconds ahead is fine), the receipt no later than completion, and
     * completion no later than {@code latestDueAt} when there is one (a street's own deadline).
     */
    public static List<FieldError> check(Instant receiptDueAt, Instant dueAt, Instant now, Instant latestDueAt) {
        List<FieldError> errors = new ArrayList<>();
        if (receiptDueAt != null && !receiptDueAt.isAfter(now)) {
            errors.add(new FieldError("receiptDueAt", "must be in the future"));
        }
        if (dueAt != null && !dueAt.isAfter(now)) {
            errors.add(new FieldError("dueAt", "must be in the future"));
        }
        if (receiptDueAt != null && dueAt != null && receiptDueAt.isAfter(dueAt)) {
            errors.add(new FieldError("receiptDueAt", "must not be later than dueAt"));
        }
        if (dueAt != null && latestDueAt != null && dueAt.isAfter(latestDueAt)) {
            errors.add(new FieldError("dueAt", "must not be later than your own deadline " + latestDueAt));
        }
        return errors;
    }

    /** The street's deadline for its own part: {@code issuedAt + share × (dueAt − issuedAt)}, to the millisecond. */
    public static Instant tierDueAt(Instant issuedAt, Instant dueAt, double share) {
        long span = Duration.between(issuedAt, dueAt).toMillis();
        return issuedAt.plusMillis(Math.round(share * span));
    }
}
