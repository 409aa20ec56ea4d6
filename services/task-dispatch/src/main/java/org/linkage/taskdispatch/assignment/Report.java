package org.linkage.taskdispatch.assignment;

import java.time.Instant;
import java.util.List;

/**
 * What the assignee reported (反馈).
 *
 * @param attachmentIds evidence files in the file store
 * @param rolledUp      written by the system when all children of a dispatched assignment were approved
 * @param reportedBy    null for a roll-up
 */
public record Report(String summary, List<String> attachmentIds, boolean rolledUp, String reportedBy,
                     Instant reportedAt) {
}
