package org.linkage.platform.events.notification;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when one delivery attempt on one channel fails.
 *
 * @param error         the channel's error, for operators
 * @param nextAttemptAt when it is retried, or null when retries are exhausted
 */
@EventType(name = "linkage.notification.NotificationFailed", topic = Topics.NOTIFICATION_EVENTS)
public record NotificationFailed(String notificationId, String recipientId, Channel channel, String sourceEventId,
                                 int attempt, String error, Instant nextAttemptAt, Instant failedAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
