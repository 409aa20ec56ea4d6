package org.linkage.taskdispatch.schedule;

import org.junit.jupiter.api.Test;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The lease on the real store: one holder at a time, renewable by it, taken over only once it expires or is released. */
@TaskDispatchIntegrationTest
class LeaseIT {

    @Autowired
    ReactiveMongoTemplate mongo;

    private final String name = "lease-it-" + UUID.randomUUID();
    private final Instant t0 = Instant.parse("2026-03-01T08:00:00Z");

    private Lease lease(String owner) {
        return new Lease(mongo, name, owner, Duration.ofSeconds(10));
    }

    @Test
    void oneHolderAtATimeUntilItExpires() {
        Lease a = lease("a");
        Lease b = lease("b");

        assertThat(a.acquire(t0).block()).as("a takes the free lease").isTrue();
        assertThat(b.acquire(t0.plusSeconds(1)).block()).as("b stands by while a holds it").isFalse();
        assertThat(a.acquire(t0.plusSeconds(8)).block()).as("a renews").isTrue();
        assertThat(b.acquire(t0.plusSeconds(15)).block()).as("still renewed until 18 s").isFalse();
        assertThat(b.acquire(t0.plusSeconds(19)).block()).as("b takes over the expired lease").isTrue();
        assertThat(a.acquire(t0.plusSeconds(20)).block()).as("a lost it").isFalse();
    }

    @Test
    void aReleasedLeaseIsTakenAtOnce() {
        Lease a = lease("a");
        Lease b = lease("b");
        assertThat(a.acquire(t0).block()).isTrue();

        b.release().block();
        assertThat(b.acquire(t0.plusSeconds(1)).block()).as("only the holder releases").isFalse();
        a.release().block();
        assertThat(b.acquire(t0.plusSeconds(1)).block()).isTrue();
    }

    @Test
    void replicasRacingForAFreeLeaseLeaveExactlyOneHolder() {
        ConcurrentLinkedQueue<String> holders = new ConcurrentLinkedQueue<>();
        List<Lease> replicas = IntStream.range(0, 8).mapToObj(i -> lease("r" + i)).toList();
        replicas.parallelStream().forEach(replica -> {
            if (Boolean.TRUE.equals(replica.acquire(t0).block())) {
                holders.add(replica.owner());
            }
        });
        assertThat(holders).hasSize(1);
    }
}
