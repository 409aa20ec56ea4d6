package org.linkage.platform.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkage.platform.events.Topics;

class DevStackIT {

    private static final int SIGTERM_EXIT_CODE = 143;

    @Test
    void startsAnnouncesReadyStopsOnSigtermAndKeepsDataAcrossRestarts(@TempDir Path dataDir) throws Exception {
        List<Integer> ports = FreePorts.pick(DevStackSettings.HOST, 3);
        Map<String, String> environment = Map.of(
                "LINKAGE_DATA_DIR", dataDir.toString(),
                "LINKAGE_KAFKA_PORT", ports.get(0).toString(),
                "LINKAGE_KAFKA_CONTROLLER_PORT", ports.get(1).toString(),
                "LINKAGE_MONGO_PORT", ports.get(2).toString());
        String kafka = "127.0.0.1:" + ports.get(0);
        String mongo = "mongodb://127.0.0.1:" + ports.get(2);
        String taskId = "task-" + UUID.randomUUID();

        DevStackProcess first = DevStackProcess.start(environment);
        assertThat(first.awaitReady()).isEqualTo("DEVSTACK READY kafka=" + kafka + " mongo=" + mongo);
        try (KafkaProducer<String, String> producer = KafkaClients.producer(kafka)) {
            producer.send(new ProducerRecord<>(Topics.TASK_EVENTS, taskId, "issued")).get();
        }
        try (MongoClient client = MongoClients.create(mongo)) {
            tasks(client).insertOne(new Document("_id", taskId));
        }
        assertThat(first.stop()).as(first.output()).isEqualTo(SIGTERM_EXIT_CODE);

        DevStackProcess second = DevStackProcess.start(environment);
        try {
            second.awaitReady();
            List<ConsumerRecord<String, String>> records = KafkaClients.consume(kafka, Topics.TASK_EVENTS, 1);
            assertThat(records).extracting(ConsumerRecord::key).containsExactly(taskId);
            try (MongoClient client = MongoClients.create(mongo)) {
                assertThat(tasks(client).find(new Document("_id", taskId)).first()).isNotNull();
            }
        } finally {
            second.stop();
        }
        assertThat(dataDir.resolve("kafka/meta.properties")).exists();
        assertThat(dataDir.resolve("mongo.mv")).exists();
    }

    private static MongoCollection<Document> tasks(MongoClient client) {
        return client.getDatabase("devstack-it").getCollection("tasks");
    }
}
