package org.linkage.platform.messaging.testapp;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polls a condition that an asynchronous consumer will make true. */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> done, Duration wait) {
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
