package org.linkage.taskdispatch.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Minute buckets of due items: one document per minute (UTC), keyed {@code yyyy-MM-ddTHH:mm}, so a
 * tick reads the elapsed minutes by {@code _id} instead of scanning for due items.
 */
final class Buckets {

    static final Duration WIDTH = Duration.ofMinutes(1);
    private static final DateTimeFormatter KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    private Buckets() {
    }

    static String keyOf(Instant at) {
        return KEY.format(at);
    }

    static Instant startOf(String key) {
        return Instant.parse(key + ":00Z");
    }

    /**
     * The bucket an item due at {@code dueAt} goes into when scheduled at {@code now}: its own minute,
     * or the current one if that has passed already, so nothing lands behind the ticks' cursor.
     */
    static String target(Instant dueAt, Instant now) {
        return keyOf(dueAt.isBefore(now) ? now : dueAt);
    }

    /** The keys of every minute from {@code from}'s to {@code to}'s, both included, at most {@code limit} of them. */
    static List<String> range(Instant from, Instant to, int limit) {
        List<String> keys = new ArrayList<>();
        Instant minute = from.truncatedTo(ChronoUnit.MINUTES);
        Instant last = to.truncatedTo(ChronoUnit.MINUTES);
        while (!minute.isAfter(last) && keys.size() < limit) {
            keys.add(keyOf(minute));
            minute = minute.plus(WIDTH);
        }
        return keys;
    }
}
