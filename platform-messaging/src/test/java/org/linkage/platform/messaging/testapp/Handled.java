package org.linkage.platform.messaging.testapp;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import java.time.Duration;

/** What the test consumer recorded for one task id. */
public record Handled(int count, String traceId) {

    static final Handled NONE = new Handled(0, null);

    public static Handled of(ReactiveMongoTemplate mongo, String taskId) {
        Document document = mongo.findById(taskId, Document.class, HandledEvents.COLLECTION).block();
        return document == null ? NONE : new Handled(document.getInteger("count"), document.getString("traceId"));
    }

    /** Waits until the event was handled at least once, then a little longer to catch a second handling. */
    public static Handled settle(ReactiveMongoTemplate mongo, String taskId) {
        Eventually.await(() -> of(mongo, taskId), handled -> handled.count() > 0, Duration.ofSeconds(30));
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return of(mongo, taskId);
    }
}
