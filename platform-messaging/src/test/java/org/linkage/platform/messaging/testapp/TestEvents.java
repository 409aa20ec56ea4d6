package org.linkage.platform.messaging.testapp;

import org.linkage.platform.events.task.TargetScope;
import org.linkage.platform.events.task.TaskIssued;
import org.linkage.platform.events.task.TaskMode;
import org.linkage.platform.events.task.TaskPriority;

import java.time.Instant;
import java.util.List;

/** Sample events for the messaging tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static TaskIssued issued(String taskId, String title) {
        Instant now = Instant.now();
        return new TaskIssued(taskId, "district-1", "district-1", "user-1", title, "正文", "TEST", TaskPriority.values()[0],
                TaskMode.values()[0], TargetScope.values()[0], List.of("street-1"), null,
                now.plusSeconds(3600), now.plusSeconds(7200), null, now, List.of());
    }
}
