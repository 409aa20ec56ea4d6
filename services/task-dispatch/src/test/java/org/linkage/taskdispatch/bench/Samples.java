package org.linkage.taskdispatch.bench;

import java.util.ArrayList;
import java.util.List;

/** Durations measured for one quantity, in milliseconds, summarised by nearest-rank percentiles. */
final class Samples {

    private final List<Double> millis = new ArrayList<>();

    /** Records the time from {@code startNanos} to {@code endNanos} ({@link System#nanoTime()} readings). */
    void add(long startNanos, long endNanos) {
        millis.add((endNanos - startNanos) / 1_000_000.0);
    }

    int count() {
        return millis.size();
    }

    double min() {
        return percentile(0);
    }

    double median() {
        return percentile(50);
    }

    double max() {
        return percentile(100);
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code p} % of the samples at or below it. */
    double percentile(double p) {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = millis.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
