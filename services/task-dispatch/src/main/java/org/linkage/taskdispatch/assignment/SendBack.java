package org.linkage.taskdispatch.assignment;

import java.time.Instant;

/**
 * A send-back (退单): the assignee says the work is misrouted; the reviewer re-targets it or insists.
 *
 * @param suggestedOrgId   where the assignee thinks it belongs, or null
 * @param decision         null while the reviewer has not decided
 * @param retargetedToOrgId the organisation that got the work instead, when RETARGETED
 * @param comment          the reviewer's comment
 */
public record SendBack(String reason, String suggestedOrgId, String sentBackBy, Instant sentBackAt, Decision decision,
                       String retargetedToOrgId, String comment, String decidedBy, Instant decidedAt) {

    public enum Decision { INSISTED, RETARGETED }

    public static SendBack asked(String reason, String suggestedOrgId, String by, Instant at) {
        return new SendBack(reason, suggestedOrgId, by, at, null, null, null, null, null);
    }

    public SendBack decided(Decision outcome, String toOrgId, String withComment, String by, Instant at) {
        return new SendBack(reason, suggestedOrgId, sentBackBy, sentBackAt, outcome, toOrgId, withComment, by, at);
    }
}
