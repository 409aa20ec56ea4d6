package org.linkage.platform.messaging.intent;

import org.junit.jupiter.api.Test;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.platform.messaging.testapp.BulkRows;
import org.linkage.platform.messaging.testapp.Handled;
import org.linkage.platform.messaging.testapp.MessagingIntegrationTest;
import org.linkage.platform.messaging.testapp.TestEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A many-document change is PENDING until whole; a crash mid-way is finished by the sweep, never doubled. */
@MessagingIntegrationTest
class PendingIntentIT {

    @Autowired
    Intents intents;
    @Autowired
    Outbox outbox;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void anInterruptedIntentStaysPendingThenTheSweepFinishesItExactlyOnce() {
        String id = "bulk-" + UUID.randomUUID();
        var event = outbox.envelope(TestEvents.issued(id, "bulk"), id);

        Intent afterCrash = intents.submit(id, BulkRows.KIND, new BulkRows.Payload(50, 20), List.of(event)).block();
        assertThat(afterCrash.state()).isEqualTo(IntentState.PENDING);
        assertThat(afterCrash.attempts()).isEqualTo(1);
        assertThat(rows(id)).isEqualTo(20);
        assertThat(Handled.of(mongo, id).count()).as("no event before the change is whole").isZero();

        intents.finishPending(Duration.ZERO).block();

        assertThat(intents.find(id).block().state()).isEqualTo(IntentState.DONE);
        assertThat(rows(id)).isEqualTo(50);
        assertThat(Handled.settle(mongo, id).count()).isEqualTo(1);
    }

    @Test
    void submittingTheSameIntentTwiceAppliesItOnce() {
        String id = "twice-" + UUID.randomUUID();

        intents.submit(id, BulkRows.KIND, new BulkRows.Payload(5, -1), List.of()).block();
        Intent again = intents.submit(id, BulkRows.KIND, new BulkRows.Payload(9, -1), List.of()).block();

        assertThat(again.state()).isEqualTo(IntentState.DONE);
        assertThat(rows(id)).isEqualTo(5);
    }

    private long rows(String intentId) {
        return mongo.count(Query.query(Criteria.where("intentId").is(intentId)), BulkRows.COLLECTION).block();
    }
}
