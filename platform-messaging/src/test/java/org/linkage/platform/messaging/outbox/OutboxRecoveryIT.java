package org.linkage.platform.messaging.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.EventEnvelope;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.task.TaskIssued;
import org.linkage.platform.messaging.testapp.Handled;
import org.linkage.platform.messaging.testapp.MessagingIntegrationTest;
import org.linkage.platform.messaging.testapp.TestEvents;
import org.linkage.platform.messaging.testapp.Note;
import org.linkage.platform.test.KafkaWire;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The two crash windows of the outbox, reproduced by doing only part of the work. */
@MessagingIntegrationTest
class OutboxRecoveryIT {

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    Outbox outbox;
    @Autowired
    EventPublisher publisher;
    @Autowired
    OutboxSweeper sweeper;
    @Autowired
    MeterRegistry meters;

    @Test
    void crashAfterTheWriteBeforeThePublish_theSweepPublishesAfterRestart() {
        String id = "crash-before-publish-" + UUID.randomUUID();
        // the state change and its event were written, then the process died: no relay ran
        mongo.insert(new Note(id, "written, not published", List.of(outbox.envelope(issued(id), id))), Note.COLLECTION).block();
        assertThat(Handled.of(mongo, id).count()).isZero();

        sweeper.sweep().block();

        assertThat(Handled.settle(mongo, id).count()).isEqualTo(1);
        assertThat(outboxOf(id)).isEmpty();
    }

    @Test
    void crashAfterThePublishBeforeTheRemoval_theDuplicateIsDroppedByTheConsumer() {
        String id = "crash-after-publish-" + UUID.randomUUID();
        EventEnvelope envelope = outbox.envelope(issued(id), id);
        mongo.insert(new Note(id, "published, not removed", List.of(envelope)), Note.COLLECTION).block();
        // the relay published, then the process died before removing the entry
        publisher.send(envelope).block();

        sweeper.sweep().block();

        assertThat(KafkaWire.records(Topics.TASK_EVENTS, record -> id.equals(record.key()), 2, Duration.ofSeconds(20)))
                .as("the event went out twice").hasSize(2);
        assertThat(Handled.settle(mongo, id).count()).as("but was handled once").isEqualTo(1);
        assertThat(outboxOf(id)).isEmpty();
    }

    @Test
    void theOldestUnpublishedEventAgeIsMeasured() {
        String id = "aged-" + UUID.randomUUID();
        EventEnvelope old = new EventEnvelope(UUID.randomUUID().toString(), "linkage.task.TaskIssued.v1", "/test", id,
                Instant.now().minusSeconds(120), Topics.TASK_EVENTS, id, null,
                org.linkage.platform.events.EventJson.write(issued(id)));
        mongo.insert(new Note(id, "old", List.of(old)), Note.COLLECTION).block();

        sweeper.sweep().block();

        assertThat(meters.get("linkage.outbox.oldest.age").gauge().value()).isGreaterThanOrEqualTo(119.0);
        assertThat(outboxOf(id)).isEmpty();
    }

    private List<Document> outboxOf(String id) {
        return mongo.findById(id, Document.class, Note.COLLECTION).block().getList("outbox", Document.class);
    }

    private static TaskIssued issued(String id) {
        return TestEvents.issued(id, "recovery");
    }
}
