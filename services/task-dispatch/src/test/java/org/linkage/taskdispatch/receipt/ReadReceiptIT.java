package org.linkage.taskdispatch.receipt;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.notification.Channel;
import org.linkage.platform.events.notification.NotificationRead;
import org.linkage.taskdispatch.support.DistrictTestSupport;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskApi;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** seenBy: notification's read receipts, from its topic on the real broker, land on the assignment they were about. */
@SuppressWarnings("unchecked")
@TaskDispatchIntegrationTest
class ReadReceiptIT extends DistrictTestSupport {

    @Test
    void aReadThenAnAcknowledgementAreRecordedOncePerUserAndUnrelatedReceiptsAreIgnored() {
        plant(1);
        var district = tree.district().officer();
        String taskId = (String) api.issue(district, TaskApi.task("RELAY", "ALL_STREETS")).get("id");
        String assignment = taskId + ":" + tree.street(0).id();
        Instant firstRead = Instant.parse("2026-11-26T08:00:00Z");

        read("n-1", "user-street-1", false, firstRead, "linkage.task.AssignmentIssued.v1", assignment);
        read("n-1", "user-street-1", false, firstRead.plusSeconds(5), "linkage.task.AssignmentIssued.v1", assignment);
        read("n-2", "user-street-1", true, firstRead.plusSeconds(60), "linkage.task.AssignmentUrged.v1", assignment);
        read("n-3", "user-other", false, firstRead, "linkage.task.WhistleRaised.v1", assignment);
        read("n-4", "user.with.dots", false, firstRead, "linkage.task.AssignmentIssued.v1", assignment);

        Map<String, Object> seenBy = Eventually.await(
                () -> (Map<String, Object>) api.get(district, "/api/assignments/{id}", assignment).get("seenBy"),
                seen -> seen.size() == 2 && String.valueOf(seen).contains("acknowledged=true"));
        assertThat(seenBy).containsOnlyKeys("user-street-1", "user%2Ewith%2Edots");
        assertThat((Map<String, Object>) seenBy.get("user-street-1"))
                .containsEntry("at", firstRead.toString()).containsEntry("acknowledged", true);
    }

    private void read(String notificationId, String userId, boolean acknowledged, Instant at, String type, String subject) {
        var event = new NotificationRead(notificationId, userId, Channel.INBOX, acknowledged, at, type, subject);
        publisher.send(outbox.envelope(event, notificationId)).block();
    }
}
