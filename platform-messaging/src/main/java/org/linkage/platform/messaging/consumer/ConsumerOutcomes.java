package org.linkage.platform.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code linkage.events.consumed{consumer, outcome}}: handled, duplicate, skipped (unknown type) or malformed. */
final class ConsumerOutcomes {

    private final String consumerName;
    private final MeterRegistry meters;

    ConsumerOutcomes(String consumerName, MeterRegistry meters) {
        this.consumerName = consumerName;
        this.meters = meters;
    }

    void count(String outcome) {
        Counter.builder("linkage.events.consumed")
                .description("Events a consumer received, by what became of them")
                .tag("consumer", consumerName)
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
