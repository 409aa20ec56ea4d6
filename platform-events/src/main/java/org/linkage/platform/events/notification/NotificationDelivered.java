package org.linkage.platform.events.notification;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when a notification reached its recipient on one channel.
 *
 * @param recipientId     a user id or a resident unit id
 * @param sourceEventId   {@code ce_id} of the event that caused the notification
 * @param sourceEventType {@code ce_type} of that event
 * @param mustAcknowledge whether the recipient must explicitly acknowledge it; unread ones get escalated
 * @param attempt         1 for the first try
 */
@EventType(name = "linkage.notification.NotificationDelivered", topic = Topics.NOTIFICATION_EVENTS)
public record NotificationDelivered(String notificationId, String recipientId, Channel channel, String sourceEventId,
                                    String sourceEventType, boolean mustAcknowledge, int attempt, Instant deliveredAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
