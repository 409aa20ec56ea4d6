package org.linkage.platform.events;

import org.linkage.platform.events.appraisal.RankingPublished;
import org.linkage.platform.events.appraisal.RatingSubmitted;
import org.linkage.platform.events.appraisal.ScoreUpdated;
import org.linkage.platform.events.notification.NotificationDelivered;
import org.linkage.platform.events.notification.NotificationFailed;
import org.linkage.platform.events.notification.NotificationRead;
import org.linkage.platform.events.org.MemberRegistered;
import org.linkage.platform.events.org.MemberReportedIn;
import org.linkage.platform.events.org.OrgCreated;
import org.linkage.platform.events.org.OrgMoved;
import org.linkage.platform.events.org.OrgRetired;
import org.linkage.platform.events.org.OrgSnapshot;
import org.linkage.platform.events.org.OrgUpdated;
import org.linkage.platform.events.org.UnitRegistered;
import org.linkage.platform.events.org.UnitSnapshot;
import org.linkage.platform.events.org.UnitUnregistered;
import org.linkage.platform.events.org.UserCreated;
import org.linkage.platform.events.org.UserDisabled;
import org.linkage.platform.events.org.UserSnapshot;
import org.linkage.platform.events.task.AssignmentApproved;
import org.linkage.platform.events.task.AssignmentCancelled;
import org.linkage.platform.events.task.AssignmentDispatched;
import org.linkage.platform.events.task.AssignmentEscalated;
import org.linkage.platform.events.task.AssignmentExtensionGranted;
import org.linkage.platform.events.task.AssignmentExtensionRefused;
import org.linkage.platform.events.task.AssignmentExtensionRequested;
import org.linkage.platform.events.task.AssignmentIssued;
import org.linkage.platform.events.task.AssignmentOverdue;
import org.linkage.platform.events.task.AssignmentReceiptOverdue;
import org.linkage.platform.events.task.AssignmentReceived;
import org.linkage.platform.events.task.AssignmentReported;
import org.linkage.platform.events.task.AssignmentReturned;
import org.linkage.platform.events.task.AssignmentInsisted;
import org.linkage.platform.events.task.AssignmentRetargeted;
import org.linkage.platform.events.task.AssignmentSentBack;
import org.linkage.platform.events.task.AssignmentUrged;
import org.linkage.platform.events.task.TaskCancelled;
import org.linkage.platform.events.task.TaskClosed;
import org.linkage.platform.events.task.TaskIssued;
import org.linkage.platform.events.task.TaskMerged;
import org.linkage.platform.events.task.WhistleClosed;
import org.linkage.platform.events.task.WhistleOverdue;
import org.linkage.platform.events.task.WhistleRaised;
import org.linkage.platform.events.task.WhistleResponded;

import java.util.List;

/** Registration list read by {@link EventCatalog}: every event record, grouped by the service that emits it. */
final class AllEvents {

    static final List<Class<? extends DomainEvent>> TYPES = List.of(
            // organization
            OrgCreated.class, OrgUpdated.class, OrgMoved.class, OrgRetired.class, UnitRegistered.class,
            UnitUnregistered.class, MemberRegistered.class, MemberReportedIn.class, UserCreated.class,
            UserDisabled.class, OrgSnapshot.class, UnitSnapshot.class, UserSnapshot.class,
            // task-dispatch
            TaskIssued.class, AssignmentIssued.class, AssignmentReceived.class, AssignmentDispatched.class,
            AssignmentReported.class, AssignmentApproved.class, AssignmentReturned.class, AssignmentOverdue.class,
            AssignmentReceiptOverdue.class, AssignmentUrged.class, AssignmentEscalated.class,
            AssignmentExtensionRequested.class, AssignmentExtensionGranted.class, AssignmentExtensionRefused.class,
            AssignmentCancelled.class, AssignmentSentBack.class, AssignmentInsisted.class, AssignmentRetargeted.class,
            TaskClosed.class, TaskCancelled.class, TaskMerged.class, WhistleRaised.class,
            WhistleResponded.class, WhistleOverdue.class, WhistleClosed.class,
            // appraisal
            RatingSubmitted.class, ScoreUpdated.class, RankingPublished.class,
            // notification
            NotificationDelivered.class, NotificationRead.class, NotificationFailed.class);

    private AllEvents() {
    }
}
