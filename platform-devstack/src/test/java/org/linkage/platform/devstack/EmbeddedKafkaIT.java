package org.linkage.platform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.linkage.platform.events.Topics;

class EmbeddedKafkaIT {

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.builder().start();
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void producedRecordIsConsumedOverTcp() throws Exception {
        String topic = "embedded-kafka-it-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = KafkaClients.producer(kafka.bootstrapServers())) {
            producer.send(new ProducerRecord<>(topic, "task-1", "issued")).get();
        }

        assertThat(KafkaClients.consume(kafka.bootstrapServers(), topic, 1))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.key()).isEqualTo("task-1");
                    assertThat(record.value()).isEqualTo("issued");
                });
    }

    @Test
    void linkageTopicsGetTheirPartitionsAndRetentionAndCreatingThemAgainIsHarmless() throws Exception {
        kafka.createLinkageTopics();
        kafka.createLinkageTopics();

        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicDescription taskEvents = admin.describeTopics(List.of(Topics.TASK_EVENTS)).allTopicNames().get().get(Topics.TASK_EVENTS);
            assertThat(taskEvents.partitions()).hasSize(Topics.DEFAULT_PARTITIONS);

            var source = new ConfigResource(ConfigResource.Type.TOPIC, Topics.TASK_EVENTS);
            var snapshots = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ORG_SNAPSHOTS);
            var configs = admin.describeConfigs(List.of(source, snapshots)).all().get();
            assertThat(configs.get(source).get("retention.ms").value()).isEqualTo("-1");
            assertThat(configs.get(snapshots).get("cleanup.policy").value()).isEqualTo("compact");
        }
    }
}
