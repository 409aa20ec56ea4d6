package org.linkage.taskdispatch.schedule;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class BucketsTests {

    @Test
    void anItemGoesIntoTheUtcMinuteItIsDueIn() {
        assertThat(Buckets.keyOf(Instant.parse("2026-03-01T08:15:59.999Z"))).isEqualTo("2026-03-01T08:15");
        assertThat(Buckets.keyOf(Instant.parse("2026-03-01T08:16:00Z"))).isEqualTo("2026-03-01T08:16");
        assertThat(Buckets.startOf("2026-03-01T08:15")).isEqualTo(Instant.parse("2026-03-01T08:15:00Z"));
    }

    @Test
    void anItemAlreadyDueGoesIntoTheCurrentMinuteNeverBehindTheTicks() {
        Instant now = Instant.parse("2026-03-01T08:15:30Z");
        assertThat(Buckets.target(Instant.parse("2026-03-01T07:00:00Z"), now)).isEqualTo("2026-03-01T08:15");
        assertThat(Buckets.target(Instant.parse("2026-03-02T09:00:10Z"), now)).isEqualTo("2026-03-02T09:00");
    }

    @Test
    void aTickReadsEveryMinuteFromItsCursorToNowAcrossHoursAndDays() {
        assertThat(Buckets.range(Instant.parse("2026-03-01T23:58:40Z"), Instant.parse("2026-03-02T00:01:05Z"), 100))
                .containsExactly("2026-03-01T23:58", "2026-03-01T23:59", "2026-03-02T00:00", "2026-03-02T00:01");
        assertThat(Buckets.range(Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-01T08:00:59Z"), 100))
                .containsExactly("2026-03-01T08:00");
    }

    @Test
    void aLongOutageIsCaughtUpInCappedSteps() {
        assertThat(Buckets.range(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-08T00:00:00Z"), 1440))
                .hasSize(1440).startsWith("2026-03-01T00:00").endsWith("2026-03-01T23:59");
    }
}
