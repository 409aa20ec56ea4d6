package org.linkage.taskdispatch.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code linkage.schedule.*}.
 *
 * @param tick       how often the lease holder looks for due items; a deadline fires at most about this late
 * @param lease      how long a replica holds the scheduler lease without renewing it; longer than a tick
 * @param retryDelay how long an item whose handler failed waits before it is tried again
 * @param catchUp    on the very first tick of a fresh store, how far back to look for buckets
 * @param owner      this replica's name in the lease; a random one by default
 * @param enabled    false to run no ticks at all (items are still stored)
 */
@ConfigurationProperties("linkage.schedule")
public record ScheduleProperties(Duration tick, Duration lease, Duration retryDelay, Duration catchUp, String owner,
                                 Boolean enabled) {

    public ScheduleProperties {
        tick = tick == null ? Duration.ofSeconds(5) : tick;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        retryDelay = retryDelay == null ? Duration.ofSeconds(30) : retryDelay;
        catchUp = catchUp == null ? Duration.ofDays(1) : catchUp;
        enabled = enabled == null || enabled;
        if (lease.compareTo(tick.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("linkage.schedule.lease must be at least two ticks");
        }
    }
}
