package org.linkage.taskdispatch.support;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls what an asynchronous consumer will make true. */
public final class Eventually {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** The first value that satisfies {@code done}, or the last one read when the wait ends. */
    public static <T> T await(Supplier<T> probe, Predicate<T> done) {
        return await(probe, done, WAIT);
    }

    /** As {@link #await(Supplier, Predicate)}, for work known to take longer than the usual wait. */
    public static <T> T await(Supplier<T> probe, Predicate<T> done, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        T value = probe.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = probe.get();
        }
        return value;
    }
}
