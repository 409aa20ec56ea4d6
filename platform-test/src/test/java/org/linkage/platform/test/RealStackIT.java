package org.linkage.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.Topics.TopicSpec;

@WithRealStack
class RealStackIT {

    @Test
    void brokerTakesAndGivesRecords(RealStack stack) throws Exception {
        SmokeChecks.producedRecordIsConsumed(stack.bootstrapServers());
    }

    @Test
    void storeKeepsDocuments(RealStack stack) {
        SmokeChecks.insertedDocumentIsFound(stack.mongoUri("RealStackIT"));
    }

    @Test
    void linkageTopicsExist(RealStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get())
                    .containsAll(Topics.ALL.stream().map(TopicSpec::name).toList());
        }
    }

    @Test
    void isOneStackPerJvm(RealStack stack) {
        assertThat(RealStack.get()).isSameAs(stack);
    }
}
