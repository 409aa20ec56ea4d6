package org.linkage.platform.messaging.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventCatalog;
import org.linkage.platform.messaging.inbox.Inbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.messaging.Message;

/**
 * Builds the per-message consumer functions services bind with Spring Cloud Stream:
 * <pre>{@code
 * @Bean Consumer<Message<byte[]>> orgEvents(EventConsumers consumers) {
 *     return consumers.named("task-dispatch.org-directory")
 *             .on(OrgCreated.class, (event, meta) -> directory.add(event))
 *             .build();
 * }
 * }</pre>
 * A per-message {@code Consumer} (not a {@code Flux} function) keeps the binder's retries and
 * dead-letter publishing.
 */
public class EventConsumers {

    private final Inbox inbox;
    private final Duration handlerTimeout;
    private final MeterRegistry meters;

    public EventConsumers(Inbox inbox, Duration handlerTimeout, MeterRegistry meters) {
        this.inbox = inbox;
        this.handlerTimeout = handlerTimeout;
        this.meters = meters;
    }

    /** @param consumerName stable name of this consumer; the inbox dedupes per name */
    public Builder named(String consumerName) {
        return new Builder(consumerName);
    }

    public final class Builder {

        private final String consumerName;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        private Builder(String consumerName) {
            this.consumerName = consumerName;
        }

        public <T extends DomainEvent> Builder on(Class<T> type, EventHandler<? super T> handler) {
            routes.put(EventCatalog.typeOf(type), new Route<>(type, handler));
            return this;
        }

        public Consumer<Message<byte[]>> build() {
            return new DispatchingConsumer(consumerName, Map.copyOf(routes), inbox, handlerTimeout,
                    new ConsumerOutcomes(consumerName, meters));
        }
    }

    record Route<T>(Class<T> type, EventHandler<? super T> handler) {
    }
}
