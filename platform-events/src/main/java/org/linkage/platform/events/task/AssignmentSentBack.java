package org.linkage.platform.events.task;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.Topics;

import java.time.Instant;

/**
 * Emitted when the assignee sends an assignment back as misrouted (退单); its reviewer then re-targets
 * it to another organisation or insists.
 *
 * @param reviewerOrgId  who decides: the organisation that issued the assignment
 * @param suggestedOrgId the organisation the assignee thinks should do it, or null
 */
@EventType(name = "linkage.task.AssignmentSentBack", topic = Topics.TASK_EVENTS)
public record AssignmentSentBack(String assignmentId, String rootTaskId, String assigneeOrgId, String reviewerOrgId,
                                 String reason, String suggestedOrgId, String sentBackBy, Instant sentBackAt)
        implements DomainEvent {

    @Override
    public String subject() {
        return assignmentId;
    }
}
