package org.linkage.taskdispatch.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentActionTests {

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource({
            "RECEIVE,  ISSUED,     RECEIVED",
            "RECEIVE,  RETURNED,   RECEIVED",
            "DISPATCH, RECEIVED,   DISPATCHED",
            "REPORT,   RECEIVED,   REPORTED",
            "ROLL_UP,  DISPATCHED, REPORTED",
            "APPROVE,  REPORTED,   APPROVED",
            "RETURN,   REPORTED,   RETURNED",
            "CANCEL,   ISSUED,     CANCELLED",
            "CANCEL,   DISPATCHED, CANCELLED"})
    void allowedTransitions(AssignmentAction action, AssignmentState from, AssignmentState to) {
        assertThat(action.next(from)).contains(to);
    }

    @ParameterizedTest(name = "{0} from {1} is refused")
    @CsvSource({
            "RECEIVE,  RECEIVED",
            "RECEIVE,  APPROVED",
            "DISPATCH, ISSUED",
            "DISPATCH, DISPATCHED",
            "REPORT,   ISSUED",
            "REPORT,   DISPATCHED",
            "REPORT,   RETURNED",
            "ROLL_UP,  RECEIVED",
            "APPROVE,  ISSUED",
            "APPROVE,  DISPATCHED",
            "RETURN,   RECEIVED",
            "CANCEL,   APPROVED",
            "CANCEL,   CANCELLED"})
    void refusedTransitions(AssignmentAction action, AssignmentState from) {
        assertThat(action.next(from)).isEmpty();
    }

    @Test
    void approvedAndCancelledAreFinal() {
        for (AssignmentAction action : AssignmentAction.values()) {
            assertThat(action.next(AssignmentState.APPROVED)).as(action.name()).isEmpty();
            assertThat(action.next(AssignmentState.CANCELLED)).as(action.name()).isEmpty();
        }
        assertThat(AssignmentState.APPROVED.isOpen()).isFalse();
        assertThat(AssignmentState.REPORTED.isOpen()).isTrue();
    }
}
