package org.linkage.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketsTests {

    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(new RateLimitProperties.Policy(3, 0.5), now::get);

    @Test
    void aBurstUpToTheCapacityPassesThenTheWaitIsUntilTheNextToken() {
        assertThat(buckets.tryConsume("a")).isZero();
        assertThat(buckets.tryConsume("a")).isZero();
        assertThat(buckets.tryConsume("a")).isZero();

        assertThat(buckets.tryConsume("a")).isEqualTo(Duration.ofSeconds(2));
        advance(Duration.ofMillis(1500));
        assertThat(buckets.tryConsume("a")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void tokensComeBackAtTheReplenishRateButNeverBeyondTheCapacity() {
        drain("a", 3);
        advance(Duration.ofSeconds(2));
        assertThat(buckets.tryConsume("a")).isZero();
        assertThat(buckets.tryConsume("a")).isPositive();

        advance(Duration.ofHours(1));
        drain("a", 3);
        assertThat(buckets.tryConsume("a")).isPositive();
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        drain("a", 3);
        assertThat(buckets.tryConsume("a")).isPositive();
        assertThat(buckets.tryConsume("b")).isZero();
    }

    @Test
    void bucketsThatRefilledCompletelyAreForgotten() {
        drain("idle", 3);
        drain("busy", 3);
        advance(Duration.ofSeconds(5));
        buckets.tryConsume("busy");
        buckets.tryConsume("busy");
        assertThat(buckets.size()).isEqualTo(2);

        // capacity 3 at 0.5/s: full again 6 s after being drained; the sweep runs at most that often
        advance(Duration.ofSeconds(2));
        buckets.tryConsume("other");
        assertThat(buckets.size()).as("idle swept, busy kept, other added").isEqualTo(2);
        assertThat(buckets.tryConsume("busy")).isZero();
    }

    private void drain(String key, int tokens) {
        for (int i = 0; i < tokens; i++) {
            assertThat(buckets.tryConsume(key)).isZero();
        }
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
