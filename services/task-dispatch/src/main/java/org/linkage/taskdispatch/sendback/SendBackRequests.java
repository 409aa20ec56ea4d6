package org.linkage.taskdispatch.sendback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** Request bodies of 退单 and the reviewer's answers. Unknown fields are refused (platform-web defaults). */
public final class SendBackRequests {

    private SendBackRequests() {
    }

    /** @param suggestedOrgId the organisation the assignee thinks should do the work, optional */
    public record SendBack(@NotBlank @Size(max = 500) String reason, @Size(max = 100) String suggestedOrgId) {
    }

    public record Insist(@NotBlank @Size(max = 500) String comment) {
    }

    /**
     * @param orgId        the organisation to give the work to: a sibling of the one that sent it back
     * @param receiptDueAt its receipt deadline; the original one by default, which must then still be ahead
     * @param dueAt        its completion deadline, no later than the original; the original by default
     */
    public record Retarget(@NotBlank @Size(max = 100) String orgId, @Size(max = 500) String reason,
                           Instant receiptDueAt, Instant dueAt) {
    }
}
