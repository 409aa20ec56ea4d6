package org.linkage.gateway.route;

import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import java.time.Duration;
import java.util.Collection;

/**
 * Refuses to start when a circuit breaker's time limiter is not longer than the route's response
 * timeout. Resilience4j's default limit is 1 s: left alone, it silently cuts every call that takes
 * longer, whatever the route timeout says.
 */
final class TimeLimitCheck {

    private TimeLimitCheck() {
    }

    static void require(TimeLimiterRegistry timeLimiters, Collection<String> circuitBreakers, Duration responseTimeout) {
        for (String name : circuitBreakers) {
            TimeLimiterConfig config = timeLimiters.getConfiguration(name).orElseGet(timeLimiters::getDefaultConfig);
            Duration limit = config.getTimeoutDuration();
            if (limit.compareTo(responseTimeout) <= 0) {
                throw new IllegalStateException("the time limiter of circuit breaker '" + name + "' (" + limit
                        + ") must be longer than linkage.gateway.resilience.response-timeout (" + responseTimeout
                        + "): set resilience4j.timelimiter.configs.default.timeout-duration");
            }
        }
    }
}
