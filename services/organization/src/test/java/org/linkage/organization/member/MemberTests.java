package org.linkage.organization.member;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MemberTests {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    private final Member atHome = new Member("member-1", "李明", Gender.MALE, "13812341234", null, null, "community-home",
            "grid-home", true, null, "district-1", List.of("district-1", "street-1", "community-home"), "user-1", 3, NOW, NOW,
            List.of());

    @Test
    void reportingInAtHomeServesInTheMembersOwnGridUnlessAnotherIsNamed() {
        assertThat(atHome.reportedIn("community-home", null, NOW).reportedIn())
                .isEqualTo(new Member.ReportedIn("community-home", "grid-home", NOW));
        assertThat(atHome.reportedIn("community-home", "grid-2", NOW).reportedIn().gridId()).isEqualTo("grid-2");
    }

    @Test
    void reportingInElsewhereServesOnlyInANamedGrid() {
        assertThat(atHome.reportedIn("community-work", null, NOW).reportedIn())
                .isEqualTo(new Member.ReportedIn("community-work", null, NOW));
    }

    @Test
    void reportingInIsAChangeOfVersionWithNoEventsYet() {
        Member after = atHome.reportedIn("community-home", null, NOW.plusSeconds(60));

        assertThat(after.version()).isEqualTo(4);
        assertThat(after.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(after.outbox()).isEmpty();
    }

    @Test
    void theSameCommunityAgainChangesNothingUnlessAnotherGridIsNamed() {
        Member reported = atHome.reportedIn("community-home", null, NOW);

        assertThat(atHome.hasReportedTo("community-home", null)).as("never reported").isFalse();
        assertThat(reported.hasReportedTo("community-home", null)).isTrue();
        assertThat(reported.hasReportedTo("community-home", "grid-home")).isTrue();
        assertThat(reported.hasReportedTo("community-home", "grid-2")).isFalse();
        assertThat(reported.hasReportedTo("community-work", null)).isFalse();
    }
}
