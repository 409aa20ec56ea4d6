package org.linkage.platform.messaging.consumer;

import reactor.core.publisher.Mono;

/** Handles one event of one type. Runs once per event id per consumer (see the inbox). */
@FunctionalInterface
public interface EventHandler<T> {

    Mono<?> handle(T event, EventMetadata metadata);
}
