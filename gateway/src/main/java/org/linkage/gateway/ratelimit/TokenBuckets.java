package org.linkage.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per key, in memory. A bucket that has refilled completely is the same as no
 * bucket, so such buckets are swept out now and then: memory follows the clients active in the last
 * refill period, not every client ever seen.
 */
public final class TokenBuckets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateLimitProperties.Policy policy;
    private final LongSupplier nanoTime;
    private final long sweepEveryNanos;
    private final AtomicLong lastSweep;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(RateLimitProperties.Policy policy, LongSupplier nanoTime) {
        this.policy = policy;
        this.nanoTime = nanoTime;
        this.sweepEveryNanos = Math.max(NANOS_PER_SECOND, (long) (policy.burstCapacity() / policy.replenishRate() * NANOS_PER_SECOND));
        this.lastSweep = new AtomicLong(nanoTime.getAsLong());
    }

    /** Takes a token for this key: {@link Duration#ZERO} if granted, else how long until the next one. */
    public Duration tryConsume(String key) {
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        long[] waitNanos = new long[1];
        // compute() is atomic per key, so a sweep can never drop a bucket between read and update
        buckets.compute(key, (k, bucket) -> {
            Bucket current = bucket != null ? bucket : new Bucket(policy.burstCapacity(), now);
            waitNanos[0] = current.tryConsume(now, policy);
            return current;
        });
        return Duration.ofNanos(waitNanos[0]);
    }

    int size() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last >= sweepEveryNanos && lastSweep.compareAndSet(last, now)) {
            for (String key : buckets.keySet()) {
                buckets.computeIfPresent(key, (k, bucket) -> bucket.isFull(now, policy) ? null : bucket);
            }
        }
    }

    /** Guarded by the map's per-key lock. */
    private static final class Bucket {

        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        long tryConsume(long now, RateLimitProperties.Policy policy) {
            refill(now, policy);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / policy.replenishRate() * NANOS_PER_SECOND);
        }

        boolean isFull(long now, RateLimitProperties.Policy policy) {
            refill(now, policy);
            return tokens >= policy.burstCapacity();
        }

        private void refill(long now, RateLimitProperties.Policy policy) {
            double added = (now - refilledAt) / (double) NANOS_PER_SECOND * policy.replenishRate();
            tokens = Math.min(policy.burstCapacity(), tokens + added);
            refilledAt = now;
        }
    }
}
