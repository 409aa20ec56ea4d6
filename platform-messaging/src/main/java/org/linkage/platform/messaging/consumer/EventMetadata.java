package org.linkage.platform.messaging.consumer;

import java.time.Instant;

/**
 * The CloudEvents attributes and Kafka coordinates of a received event.
 *
 * @param traceparent W3C trace context the producer carried, or null
 */
public record EventMetadata(String id, String type, String source, String subject, Instant time,
                            String topic, String key, String traceparent) {
}
