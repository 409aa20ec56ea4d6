package org.linkage.taskdispatch.config;

import org.linkage.platform.events.notification.NotificationRead;
import org.linkage.platform.events.org.OrgSnapshot;
import org.linkage.platform.events.org.UnitSnapshot;
import org.linkage.platform.events.task.AssignmentApproved;
import org.linkage.platform.events.task.AssignmentCancelled;
import org.linkage.platform.events.task.AssignmentDispatched;
import org.linkage.platform.events.task.AssignmentEscalated;
import org.linkage.platform.events.task.AssignmentExtensionGranted;
import org.linkage.platform.events.task.AssignmentIssued;
import org.linkage.platform.events.task.AssignmentOverdue;
import org.linkage.platform.events.task.AssignmentReceiptOverdue;
import org.linkage.platform.events.task.AssignmentReceived;
import org.linkage.platform.events.task.AssignmentReported;
import org.linkage.platform.events.task.AssignmentReturned;
import org.linkage.platform.events.task.AssignmentEscalated;
import org.linkage.platform.events.task.AssignmentExtensionGranted;
import org.linkage.platform.events.task.AssignmentInsisted;
import org.linkage.platform.events.task.AssignmentOverdue;
import org.linkage.platform.events.task.AssignmentReceiptOverdue;
import org.linkage.platform.events.task.AssignmentSentBack;
import org.linkage.platform.events.task.TaskIssued;
import org.linkage.platform.messaging.consumer.EventConsumers;
import org.linkage.taskdispatch.assignment.AssignmentRepathing;
import org.linkage.taskdispatch.cascade.CascadeProgress;
import org.linkage.taskdispatch.org.OrgDirectory;
import org.linkage.taskdispatch.org.UnitDirectory;
import org.linkage.taskdispatch.progress.TaskTreeProjector;
import org.linkage.taskdispatch.receipt.ReadReceipts;
import org.linkage.taskdispatch.todo.TodoProjector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;

import java.util.function.Consumer;

/**
 * The Kafka consumers of this service, one per binding in application.yml, each idempotent through
 * the inbox under its own name. Per-message consumers keep the binder's retries and dead letters.
 */
@Configuration
class StreamBindings {

    /**
     * The directories of organisations and units: organization's snapshots, from the beginning of the
     * compacted topic. A moved organisation's assignments follow it before the copy is updated, so a
     * redelivery after a crash in between still sees the move.
     */
    @Bean
    Consumer<Message<byte[]>> orgSnapshots(EventConsumers consumers, OrgDirectory directory, UnitDirectory units,
                                           AssignmentRepathing repathing, TaskTreeProjector trees) {
        return consumers.named("task-dispatch.org-directory")
                .on(OrgSnapshot.class, (event, metadata) -> directory.movesIt(event)
                        .flatMapMany(moved -> moved ? repathing.follow(event.orgId(), event.path()) : Flux.<String>empty())
                        .concatMap(trees::sync)
                        .then(directory.apply(event)))
                .on(UnitSnapshot.class, (event, metadata) -> units.apply(event))
                .build();
    }

    /**
     * Roll-ups and completion. TaskIssued and AssignmentDispatched are checked too: an approval that
     * raced ahead of the write it completes (a fan-out or re-dispatch finished by the sweeper) is caught up.
     */
    @Bean
    Consumer<Message<byte[]>> taskProgress(EventConsumers consumers, CascadeProgress progress) {
        return consumers.named("task-dispatch.progress")
                .on(AssignmentApproved.class, (event, metadata) -> progress.approved(event.assignmentId()))
                .on(AssignmentDispatched.class, (event, metadata) -> progress.rollUpIfComplete(event.assignmentId()))
                .on(TaskIssued.class, (event, metadata) -> progress.completeIfDone(event.taskId()))
                .build();
    }

    /**
     * Every assignment event that changes what the list shows (state, flags, deadline) brings that
     * assignment's line of its organisation's to-do list up to date.
     */
    @Bean
    Consumer<Message<byte[]>> todoList(EventConsumers consumers, TodoProjector todos) {
        return consumers.named("task-dispatch.todos")
                .on(AssignmentIssued.class, (event, metadata) -> todos.issued(event.assignmentId()))
                .on(AssignmentReceived.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentDispatched.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentReported.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentApproved.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentReturned.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentCancelled.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentSentBack.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentInsisted.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentReceiptOverdue.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentOverdue.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentEscalated.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .on(AssignmentExtensionGranted.class, (event, metadata) -> todos.sync(event.assignmentId()))
                .build();
    }

    /** Read receipts (seenBy) from notification's events. */
    @Bean
    Consumer<Message<byte[]>> seenBy(EventConsumers consumers, ReadReceipts receipts) {
        return consumers.named("task-dispatch.read-receipts")
                .on(NotificationRead.class, (event, metadata) -> receipts.record(event))
                .build();
    }

    /**
     * Each task's tree (progress and the paged tree): every event that changes an assignment's state,
     * flags or deadlines. A new event of that kind needs only its own {@code .on} line here. Issues and
     * cancellations come in hundreds at once (fan-out, withdrawal), so they copy their whole level.
     */
    @Bean
    Consumer<Message<byte[]>> taskTree(EventConsumers consumers, TaskTreeProjector trees) {
        return consumers.named("task-dispatch.task-tree")
                .on(AssignmentIssued.class, (event, metadata) -> trees.issued(event.assignmentId()))
                .on(AssignmentReceived.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentDispatched.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentReported.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentApproved.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentReturned.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentCancelled.class, (event, metadata) -> trees.syncWithSiblings(event.assignmentId()))
                .on(AssignmentReceiptOverdue.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentOverdue.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentEscalated.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentExtensionGranted.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentSentBack.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .on(AssignmentInsisted.class, (event, metadata) -> trees.sync(event.assignmentId()))
                .build();
    }
}
