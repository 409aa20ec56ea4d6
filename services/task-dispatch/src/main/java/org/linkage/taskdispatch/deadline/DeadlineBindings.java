package org.linkage.taskdispatch.deadline;

import org.linkage.platform.events.task.AssignmentApproved;
import org.linkage.platform.events.task.AssignmentCancelled;
import org.linkage.platform.events.task.AssignmentDispatched;
import org.linkage.platform.events.task.AssignmentEscalated;
import org.linkage.platform.events.task.AssignmentExtensionGranted;
import org.linkage.platform.events.task.AssignmentIssued;
import org.linkage.platform.events.task.AssignmentReceived;
import org.linkage.platform.events.task.AssignmentReported;
import org.linkage.platform.events.task.AssignmentReturned;
import org.linkage.platform.messaging.consumer.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/** The consumers of the deadlines (bindings {@code deadlines-in-0} and {@code supervision-in-0}). */
@Configuration
class DeadlineBindings {

    /** Every issued assignment gets its deadlines and warnings scheduled; a granted extension, its new ones. */
    @Bean
    Consumer<Message<byte[]>> deadlines(EventConsumers consumers, DeadlinePlanner planner) {
        return consumers.named("task-dispatch.deadlines")
                .on(AssignmentIssued.class, (event, metadata) -> planner.issued(event.assignmentId()))
                .on(AssignmentExtensionGranted.class, (event, metadata) -> planner.issued(event.assignmentId()))
                .build();
    }

    /** An escalation puts the assignment on a supervision list; later transitions update or remove its line. */
    @Bean
    Consumer<Message<byte[]>> supervision(EventConsumers consumers, SupervisionProjector lists) {
        return consumers.named("task-dispatch.supervision")
                .on(AssignmentEscalated.class, (event, metadata) -> lists.sync(event.assignmentId()))
                .on(AssignmentReceived.class, (event, metadata) -> lists.sync(event.assignmentId()))
                .on(AssignmentDispatched.class, (event, metadata) -> lists.sync(event.assignmentId()))
                .on(AssignmentReported.class, (event, metadata) -> lists.sync(event.assignmentId()))
                .on(AssignmentApproved.class, (event, metadata) -> lists.sync(event.assignmentId()))
                .on(AssignmentReturned.class, (event, metadata) -> lists.sync(event.assignmentId()))
                .on(AssignmentCancelled.class, (event, metadata) -> lists.sync(event.assignmentId()))
                .build();
    }
}
