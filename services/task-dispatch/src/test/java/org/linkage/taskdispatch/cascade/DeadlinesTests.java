package org.linkage.taskdispatch.cascade;

import org.junit.jupiter.api.Test;
import org.linkage.platform.web.problem.ApiException.FieldError;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTests {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void theStreetsShareOfTheTimeDerivesItsDeadline() {
        Instant due = NOW.plus(Duration.ofDays(10));

        assertThat(Deadlines.tierDueAt(NOW, due, 0.3)).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(Deadlines.tierDueAt(NOW, due, 0.5)).isEqualTo(NOW.plus(Duration.ofDays(5)));
        assertThat(Deadlines.tierDueAt(NOW, NOW.plusSeconds(10), 0.25)).isEqualTo(NOW.plusMillis(2500));
    }

    @Test
    void futureDeadlinesWithTheReceiptFirstPass() {
        assertThat(Deadlines.check(NOW.plusSeconds(1), NOW.plusSeconds(2), NOW, null)).isEmpty();
        assertThat(Deadlines.check(NOW.plusSeconds(2), NOW.plusSeconds(2), NOW, NOW.plusSeconds(2))).isEmpty();
    }

    @Test
    void pastDeadlinesAreNamed() {
        assertThat(Deadlines.check(NOW.minusSeconds(2), NOW.minusSeconds(1), NOW, null)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("receiptDueAt", "dueAt");
    }

    @Test
    void aReceiptAfterCompletionIsRefused() {
        assertThat(Deadlines.check(NOW.plusSeconds(20), NOW.plusSeconds(10), NOW, null)).extracting(FieldError::field)
                .containsExactly("receiptDueAt");
    }

    @Test
    void aRedispatchMayNotOutlastTheStreetsOwnDeadline() {
        assertThat(Deadlines.check(NOW.plusSeconds(5), NOW.plusSeconds(11), NOW, NOW.plusSeconds(10)))
                .extracting(FieldError::field).containsExactly("dueAt");
    }
}
