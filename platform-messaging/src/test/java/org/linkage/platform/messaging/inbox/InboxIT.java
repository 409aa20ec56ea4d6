package org.linkage.platform.messaging.inbox;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.testapp.Handled;
import org.linkage.platform.messaging.testapp.MessagingIntegrationTest;
import org.linkage.platform.messaging.testapp.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@MessagingIntegrationTest
class InboxIT {

    @Autowired
    Inbox inbox;
    @Autowired
    InboxPurger purger;
    @Autowired
    Outbox outbox;
    @Autowired
    EventPublisher publisher;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void aHandlerRunsOncePerConsumerAndEvent() {
        String eventId = UUID.randomUUID().toString();
        AtomicInteger runs = new AtomicInteger();

        assertThat(inbox.once("a", eventId, () -> Mono.fromRunnable(runs::incrementAndGet)).block()).isTrue();
        assertThat(inbox.once("a", eventId, () -> Mono.fromRunnable(runs::incrementAndGet)).block()).isFalse();
        assertThat(inbox.once("b", eventId, () -> Mono.fromRunnable(runs::incrementAndGet)).block())
                .as("another consumer handles the same event independently").isTrue();

        assertThat(runs).hasValue(2);
    }

    @Test
    void aFailedHandlerIsNotRecordedSoTheRedeliveryRunsIt() {
        String eventId = UUID.randomUUID().toString();

        assertThat(inbox.once("c", eventId, () -> Mono.error(new IllegalStateException("down"))).onErrorResume(e -> Mono.empty()).block())
                .isNull();

        assertThat(inbox.handled("c", eventId).block()).isFalse();
    }

    @Test
    void anEventRedeliveredByKafkaIsHandledOnce() {
        String id = "redelivered-" + UUID.randomUUID();
        EventEnvelope envelope = outbox.envelope(TestEvents.issued(id, "twice"), id);

        publisher.send(envelope).block();
        publisher.send(envelope).block();

        assertThat(Handled.settle(mongo, id).count()).isEqualTo(1);
    }

    @Test
    void thePurgeKeepsRecentEntries() {
        String eventId = UUID.randomUUID().toString();
        inbox.once("purge", eventId, Mono::empty).block();

        purger.purge().block();

        assertThat(inbox.handled("purge", eventId).block()).isTrue();
    }
}
