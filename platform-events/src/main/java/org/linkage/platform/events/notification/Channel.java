package org.linkage.platform.events.notification;

/** How a notification reaches its recipient. */
public enum Channel {
    /** The recipient's inbox in Linkage. */
    INBOX,
    /** Real-time push over SSE through the gateway. */
    PUSH,
    WECOM,
    DINGTALK,
    SMS,
    /** A webhook registered by the recipient. */
    WEBHOOK
}
