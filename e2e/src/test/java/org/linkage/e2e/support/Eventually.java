package org.linkage.e2e.support;

import org.springframework.test.web.reactive.server.FluxExchangeResult;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for what events bring about a moment later: repeat a read until it shows the expected result. */
public final class Eventually {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    private static final Duration PAUSE = Duration.ofMillis(500);

    private Eventually() {
    }

    @SuppressWarnings("rawtypes")
    public static Map<String, Object> eventually(Supplier<FluxExchangeResult<Map>> call, int status) {
        return eventually(call, status, body -> true);
    }

    /** Repeats a call until it answers {@code status} with a body that passes {@code done}, for up to 60 s. */
    @SuppressWarnings("rawtypes")
    public static Map<String, Object> eventually(Supplier<FluxExchangeResult<Map>> call, int status,
                                                 Predicate<Map<String, Object>> done) {
        return eventually(DEFAULT_WAIT, call, status, done);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Map<String, Object> eventually(Duration wait, Supplier<FluxExchangeResult<Map>> call, int status,
                                                 Predicate<Map<String, Object>> done) {
        Instant deadline = Instant.now().plus(wait);
        Map<String, Object> last = null;
        int lastStatus = 0;
        while (Instant.now().isBefore(deadline)) {
            var result = call.get();
            lastStatus = result.getStatus().value();
            last = (Map<String, Object>) result.getResponseBody().blockFirst(Duration.ofSeconds(30));
            if (lastStatus == status && last != null && done.test(last)) {
                return last;
            }
            pause();
        }
        throw new AssertionError("no " + status + " within " + wait.toSeconds() + " s; last " + lastStatus + ": " + last);
    }

    /** Repeats {@code read} until its result passes {@code done}; {@code what} names the wait in the failure. */
    public static <T> T await(String what, Duration wait, Supplier<T> read, Predicate<T> done) {
        Instant deadline = Instant.now().plus(wait);
        T last = null;
        while (Instant.now().isBefore(deadline)) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            pause();
        }
        throw new AssertionError("not " + what + " within " + wait.toSeconds() + " s; last: " + last);
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
