package org.linkage.platform.events.task;

public enum TaskPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
