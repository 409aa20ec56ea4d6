package org.linkage.organization.auth;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits password guessing per username, in memory on each replica: at most {@code maxFailures}
 * failed logins within a sliding {@code window}. An attempt counts as a failure from the moment it
 * starts, so a burst of parallel guesses cannot slip past the limit while BCrypt is still running;
 * a successful login forgets the failures.
 */
@Component
public class LoginAttempts {

    /** Above this many tracked usernames, expired entries are swept so random names cannot grow the map forever. */
    private static final int SWEEP_THRESHOLD = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginAttempts(AuthProperties properties, Clock clock) {
        this.maxFailures = properties.loginLimit().maxFailures();
        this.window = properties.loginLimit().window();
        this.clock = clock;
    }

    /**
     * Starts an attempt for this username.
     *
     * @return empty when the attempt may go ahead, else how long until the next one may
     */
    public Optional<Duration> tryAttempt(String username) {
        Instant now = clock.instant();
        Duration[] wait = new Duration[1];
        failures.compute(key(username), (key, recent) -> {
            Deque<Instant> times = recent != null ? recent : new ArrayDeque<>();
            dropExpired(times, now);
            if (times.size() >= maxFailures) {
                wait[0] = Duration.between(now, times.peekFirst().plus(window));
            } else {
                times.addLast(now);
            }
            return times;
        });
        if (failures.size() > SWEEP_THRESHOLD) {
            sweep(now);
        }
        return Optional.ofNullable(wait[0]);
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private void sweep(Instant now) {
        failures.keySet().forEach(key -> failures.computeIfPresent(key, (k, times) -> {
            dropExpired(times, now);
            return times.isEmpty() ? null : times;
        }));
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant oldestCounted = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
            times.removeFirst();
        }
    }

    /** Case-insensitive, so "Admin" and "admin" share one budget. */
    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
