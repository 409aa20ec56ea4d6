package org.linkage.platform.messaging.testapp;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.linkage.platform.events.task.TaskIssued;
import org.linkage.platform.messaging.consumer.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

import java.util.function.Consumer;

/**
 * The test consumer: counts how often each task's event was handled and keeps the trace id it
 * ran under. A title of {@code always-fails} makes the handler throw, to exercise retries and the DLQ.
 */
@Configuration
public class HandledEvents {

    public static final String COLLECTION = "handled";
    public static final String ALWAYS_FAILS = "always-fails";

    @Bean
    Consumer<Message<byte[]>> taskEvents(EventConsumers consumers, ReactiveMongoTemplate mongo, Tracer tracer) {
        return consumers.named("messaging-test")
                .on(TaskIssued.class, (event, metadata) -> {
                    if (ALWAYS_FAILS.equals(event.title())) {
                        return Mono.error(new IllegalStateException("handler failure for " + event.taskId()));
                    }
                    Span span = tracer.currentSpan();
                    String traceId = span == null ? null : span.context().traceId();
                    Update handled = new Update().inc("count", 1).set("traceId", traceId);
                    return mongo.findAndModify(Query.query(Criteria.where("_id").is(event.taskId())), handled,
                            FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
                })
                .build();
    }
}
