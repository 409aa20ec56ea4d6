package org.linkage.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

/** The same checks against any broker and store: the embedded ones or Docker's. */
final class SmokeChecks {

    private SmokeChecks() {
    }

    static void producedRecordIsConsumed(String bootstrapServers) throws Exception {
        String topic = "smoke-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "task-1", "issued")).get();
        }

        assertThat(consume(bootstrapServers, topic, 1))
                .singleElement()
                .satisfies(record -> assertThat(record.value()).isEqualTo("issued"));
    }

    static void insertedDocumentIsFound(String connectionString) {
        try (MongoClient client = MongoClients.create(connectionString)) {
            MongoCollection<Document> tasks = client.getDatabase("smoke").getCollection("tasks");
            String id = UUID.randomUUID().toString();
            tasks.insertOne(new Document("_id", id).append("title", "Clear the drains"));

            assertThat(tasks.find(new Document("_id", id)).first()).containsEntry("title", "Clear the drains");
        }
    }

    /** Reads the topic from its start, until {@code expected} records came or 30 s passed. */
    static List<ConsumerRecord<String, String>> consume(String bootstrapServers, String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "smoke-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
