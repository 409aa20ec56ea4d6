package org.linkage.taskdispatch.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code linkage.deadlines.*}.
 *
 * @param warnings     how long before each deadline a warning goes out (e.g. PT24H, PT2H)
 * @param urgeInterval at most one urge (催办/督办) per assignment within this interval
 */
@ConfigurationProperties("linkage.deadlines")
public record DeadlineProperties(List<Duration> warnings, Duration urgeInterval) {

    public DeadlineProperties {
        warnings = warnings == null ? List.of(Duration.ofHours(24), Duration.ofHours(2)) : List.copyOf(warnings);
        urgeInterval = urgeInterval == null ? Duration.ofHours(1) : urgeInterval;
    }
}
