package org.linkage.gateway.route;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a route waits for a service and how GETs are retried ({@code linkage.gateway.resilience.*},
 * values in application.yml). The circuit breakers themselves take the standard
 * {@code resilience4j.circuitbreaker.*} and {@code resilience4j.timelimiter.*} keys;
 * {@link TimeLimitCheck} keeps the time limiters longer than {@code response-timeout}.
 *
 * @param responseTimeout how long one attempt may wait for the response headers
 */
@ConfigurationProperties("linkage.gateway.resilience")
public record ResilienceProperties(Duration responseTimeout, Retry retry) {

    public ResilienceProperties {
        Objects.requireNonNull(responseTimeout, "linkage.gateway.resilience.response-timeout is required");
        Objects.requireNonNull(retry, "linkage.gateway.resilience.retry is required");
    }

    /**
     * Retries of idempotent GETs on 502/503 and I/O errors (connection refused or reset), never on
     * timeouts: a hung service would only be asked again.
     */
    public record Retry(int retries, Duration firstBackoff, Duration maxBackoff) {

        public Retry {
            if (retries < 1 || firstBackoff == null || maxBackoff == null) {
                throw new IllegalArgumentException("linkage.gateway.resilience.retry needs retries >= 1, first-backoff and max-backoff");
            }
        }
    }
}
