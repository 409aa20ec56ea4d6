package org.linkage.taskdispatch.receipt;

import org.linkage.platform.events.notification.NotificationRead;
import org.linkage.taskdispatch.assignment.Assignment;
import org.linkage.taskdispatch.assignment.AssignmentStore;
import org.linkage.taskdispatch.assignment.Seen;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;

/**
 * Keeps an assignment's {@code seenBy} from notification's read receipts: who opened a notification
 * about it, and whether they acknowledged it. Each user is one map entry set by {@code _id} alone, so
 * receipts handled twice or concurrently write the same entry, and no transition is made to fail.
 */
@Component
public class ReadReceipts {

    private static final String ABOUT_ASSIGNMENTS = "linkage.task.Assignment";

    private final ReactiveMongoTemplate mongo;
    private final AssignmentStore assignments;

    ReadReceipts(ReactiveMongoTemplate mongo, AssignmentStore assignments) {
        this.mongo = mongo;
        this.assignments = assignments;
    }

    public Mono<Void> record(NotificationRead read) {
        if (read.sourceSubject() == null || read.sourceEventType() == null
                || !read.sourceEventType().startsWith(ABOUT_ASSIGNMENTS) || read.recipientId() == null) {
            return Mono.empty();
        }
        return assignments.find(read.sourceSubject())
                .filter(a -> isNews(a, read))
                .flatMap(a -> mongo.updateFirst(Query.query(Criteria.where("_id").is(a.id())),
                        new Update().set("seenBy." + SeenByKeys.encode(read.recipientId()),
                                new Seen(firstSeen(a, read), read.acknowledged())), Assignment.COLLECTION))
                .then();
    }

    /** A first read, or the acknowledgement after a plain read; anything else changes nothing. */
    private static boolean isNews(Assignment a, NotificationRead read) {
        Seen known = a.seenBy().get(SeenByKeys.encode(read.recipientId()));
        return known == null || read.acknowledged() && !known.acknowledged();
    }

    private static Instant firstSeen(Assignment a, NotificationRead read) {
        Seen known = a.seenBy().get(SeenByKeys.encode(read.recipientId()));
        return known == null ? read.readAt() : known.at();
    }
}
