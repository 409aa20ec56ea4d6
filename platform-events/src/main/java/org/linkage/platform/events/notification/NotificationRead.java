package org.linkage.platform.events.notification;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when the recipient first opens a notification, or acknowledges a must-acknowledge one.
 *
 * @param acknowledged    true for an explicit acknowledgement, false for a plain read
 * @param sourceEventType {@code ce_type} of the event that caused the notification (added in v1, may be null)
 * @param sourceSubject   {@code ce_subject} of that event, e.g. the assignment id, so its service can keep
 *                        read receipts (added in v1, may be null)
 */
@EventType(name = "linkage.notification.NotificationRead", topic = Topics.NOTIFICATION_EVENTS)
public record NotificationRead(String notificationId, String recipientId, Channel channel, boolean acknowledged,
                               Instant readAt, String sourceEventType, String sourceSubject) implements DomainEvent {

    @Override
    public String subject() {
        return notificationId;
    }
}
