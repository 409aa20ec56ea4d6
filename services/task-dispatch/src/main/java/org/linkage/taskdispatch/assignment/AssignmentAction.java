package org.linkage.taskdispatch.assignment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.linkage.taskdispatch.assignment.AssignmentState.APPROVED;
import static org.linkage.taskdispatch.assignment.AssignmentState.CANCELLED;
import static org.linkage.taskdispatch.assignment.AssignmentState.DISPATCHED;
import static org.linkage.taskdispatch.assignment.AssignmentState.ISSUED;
import static org.linkage.taskdispatch.assignment.AssignmentState.RECEIVED;
import static org.linkage.taskdispatch.assignment.AssignmentState.REPORTED;
import static org.linkage.taskdispatch.assignment.AssignmentState.RETURNED;
import static org.linkage.taskdispatch.assignment.AssignmentState.SENT_BACK;

/** The state machine of an assignment: each action, the states it starts from and the state it leads to. */
public enum AssignmentAction {
    /** Created; the first entry of every history. */
    ISSUE(ISSUED, EnumSet.noneOf(AssignmentState.class)),
    /** 签收, also after a return. */
    RECEIVE(RECEIVED, EnumSet.of(ISSUED, RETURNED)),
    /** A relay street hands the work on to its communities. */
    DISPATCH(DISPATCHED, EnumSet.of(RECEIVED)),
    /** 反馈: the assignee reports the work done. */
    REPORT(REPORTED, EnumSet.of(RECEIVED)),
    /** The system reports for a dispatched assignment once all its children are approved. */
    ROLL_UP(REPORTED, EnumSet.of(DISPATCHED)),
    APPROVE(APPROVED, EnumSet.of(REPORTED)),
    /** 退回: back to work with a reason. */
    RETURN(RETURNED, EnumSet.of(REPORTED)),
    /** 退单: the assignee says the work is not theirs, before doing any of it. */
    SEND_BACK(SENT_BACK, EnumSet.of(ISSUED, RECEIVED)),
    /** The reviewer refuses the send-back: the assignee receives it again. */
    INSIST(ISSUED, EnumSet.of(SENT_BACK)),
    /** The reviewer accepts the send-back: this assignment closes and another organisation gets the work. */
    RETARGET(CANCELLED, EnumSet.of(SENT_BACK)),
    CANCEL(CANCELLED, EnumSet.of(ISSUED, RECEIVED, DISPATCHED, REPORTED, RETURNED, SENT_BACK));

    private final AssignmentState target;
    private final Set<AssignmentState> sources;

    AssignmentAction(AssignmentState target, Set<AssignmentState> sources) {
        this.target = target;
        this.sources = sources;
    }

    /** The state after this action, or empty when the action is not allowed from {@code current}. */
    public Optional<AssignmentState> next(AssignmentState current) {
        return sources.contains(current) ? Optional.of(target) : Optional.empty();
    }

    public AssignmentState target() {
        return target;
    }
}
