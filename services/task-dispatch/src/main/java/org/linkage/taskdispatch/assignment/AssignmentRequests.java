package org.linkage.taskdispatch.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Request bodies of the assignment transitions. Unknown fields are refused (platform-web defaults). */
public final class AssignmentRequests {

    private AssignmentRequests() {
    }

    /** @param attachmentIds evidence already uploaded to the file store */
    public record ReportWork(@NotBlank @Size(max = 2000) String summary,
                             @Size(max = 20) List<@NotBlank String> attachmentIds) {
    }

    public record Approve(@Size(max = 500) String comment) {
    }

    public record ReturnToWork(@NotBlank @Size(max = 500) String reason) {
    }
}
