package org.linkage.taskdispatch.cascade;

import org.linkage.taskdispatch.assignment.Actor;
import org.linkage.taskdispatch.assignment.AssignmentAction;
import org.linkage.taskdispatch.assignment.AssignmentEvents;
import org.linkage.taskdispatch.assignment.AssignmentState;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.AssignmentWriter;
import org.linkage.taskdispatch.assignment.Report;
import org.linkage.taskdispatch.task.TaskEvents;
import org.linkage.taskdispatch.task.TaskState;
import org.linkage.taskdispatch.task.TaskStore;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Progress up the tree, driven by this service's own events through the inbox (so it happens even
 * when the approving request crashed right after its write): an approval is noted on the parent,
 * which reports by itself once all its children are approved; the last top-level approval
 * completes the task. Every step is idempotent, so a redelivered event changes nothing.
 */
@Component
public class CascadeProgress {

    private final AssignmentStore assignments;
    private final AssignmentWriter writer;
    private final AssignmentEvents assignmentEvents;
    private final TaskStore tasks;
    private final TaskEvents taskEvents;
    private final Clock clock;

    CascadeProgress(AssignmentStore assignments, AssignmentWriter writer, AssignmentEvents assignmentEvents,
                    TaskStore tasks, TaskEvents taskEvents, Clock clock) {
        this.assignments = assignments;
        this.writer = writer;
        this.assignmentEvents = assignmentEvents;
        this.tasks = tasks;
        this.taskEvents = taskEvents;
        this.clock = clock;
    }

    public Mono<Void> approved(String assignmentId) {
        return assignments.find(assignmentId).flatMap(approved -> approved.isTopLevel()
                ? tasks.recordTopApproval(approved.taskId(), approved.id()).then(completeIfDone(approved.taskId()))
                : assignments.recordChildApproval(approved.parentAssignmentId(), approved.id())
                        .then(rollUpIfComplete(approved.parentAssignmentId())));
    }

    /** A dispatched assignment whose children are all approved reports, with the roll-up as its report. */
    public Mono<Void> rollUpIfComplete(String assignmentId) {
        return assignments.find(assignmentId)
                .filter(parent -> parent.state() == AssignmentState.DISPATCHED && parent.allChildrenApproved())
                .flatMap(parent -> {
                    Instant now = clock.instant();
                    Report report = new Report("下级 " + parent.childIds().size() + " 个单位均已办结并审核通过",
                            List.of(), true, null, now);
                    return writer.apply(parent, AssignmentAction.ROLL_UP, Actor.SYSTEM, now, null,
                            new Update().set("report", report), assignmentEvents.reported(parent, report));
                })
                .then();
    }

    /** An open task whose top-level assignments are all approved is complete. */
    public Mono<Void> completeIfDone(String taskId) {
        return tasks.find(taskId)
                .filter(task -> task.state() == TaskState.OPEN && task.allTopAssignmentsApproved())
                .flatMap(task -> {
                    Instant now = clock.instant();
                    String summary = "全部 " + task.topAssignmentIds().size() + " 项下发任务均已审核通过";
                    return tasks.changeState(task, TaskState.COMPLETED, new Update().set("closedAt", now),
                                    taskEvents.closed(task, summary, now))
                            .flatMap(changed -> changed ? Mono.<Void>empty()
                                    : Mono.error(new IllegalStateException("task " + taskId + " changed meanwhile")));
                });
    }
}
