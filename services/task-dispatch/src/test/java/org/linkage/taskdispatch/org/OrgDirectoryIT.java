package org.linkage.taskdispatch.org;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.org.OrgTier;
import org.linkage.platform.messaging.inbox.Inbox;
import org.linkage.platform.messaging.outbox.EventPublisher;
import org.linkage.platform.messaging.outbox.Outbox;
import org.linkage.taskdispatch.support.Eventually;
import org.linkage.taskdispatch.support.TaskDispatchIntegrationTest;
import org.linkage.taskdispatch.support.TestTree;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory is built only from OrgSnapshot records on the broker, and never goes back to an older version. */
@TaskDispatchIntegrationTest
class OrgDirectoryIT {

    @Autowired
    EventPublisher publisher;
    @Autowired
    Outbox outbox;
    @Autowired
    OrgDirectory directory;
    @Autowired
    Inbox inbox;

    @Test
    void snapshotsOnTheBrokerBuildTheTree() {
        TestTree tree = new TestTree(publisher, outbox, directory, 2, 1);

        DirectoryOrg community = directory.find(tree.community(0, 1).id()).block();

        assertThat(community.tier()).isEqualTo(OrgTier.COMMUNITY);
        assertThat(community.parentId()).isEqualTo(tree.street(0).id());
        assertThat(community.path()).containsExactly(tree.district().id(), tree.street(0).id());
        assertThat(community.districtId()).isEqualTo(tree.district().id());
        assertThat(community.name()).isEqualTo("第1-2社区");
        assertThat(directory.children(tree.street(0).id(), OrgTier.COMMUNITY).collectList().block()).hasSize(2);
        assertThat(directory.descendants(tree.district().id(), OrgTier.COMMUNITY).collectList().block()).hasSize(3);
    }

    @Test
    void anOlderSnapshotNeverReplacesANewerCopy() {
        TestTree tree = new TestTree(publisher, outbox, directory, 1);
        var street = tree.street(0);

        tree.publish(street, 3, true);
        String older = tree.publish(street, 2, false);

        Eventually.await(() -> inbox.handled("task-dispatch.org-directory", older).block(), handled -> handled);
        DirectoryOrg copy = directory.find(street.id()).block();
        assertThat(copy.version()).isEqualTo(3);
        assertThat(copy.retired()).isTrue();
    }
}
