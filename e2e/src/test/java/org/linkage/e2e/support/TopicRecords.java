package org.linkage.e2e.support;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.linkage.platform.test.KafkaWire;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What is on a topic of the real broker right now, read with a plain consumer from the beginning up
 * to the end offsets it finds: for counting events exactly, as consumers downstream would see them.
 */
public final class TopicRecords {

    private static final Duration READ_LIMIT = Duration.ofSeconds(60);

    private TopicRecords() {
    }

    /**
     * One record as a CloudEvent in binary mode.
     *
     * @param id      {@code ce_id}: the event's identity; a redelivered record repeats it
     * @param type    {@code ce_type}, e.g. {@code linkage.task.AssignmentIssued.v1}
     * @param subject {@code ce_subject}: the aggregate (a task or an assignment id)
     * @param key     the Kafka key
     */
    public record Event(String id, String type, String subject, String key, String data, int partition, long offset) {

        /** {@code AssignmentIssued} for {@code linkage.task.AssignmentIssued.v1}. */
        public String shortType() {
            String[] parts = type == null ? new String[0] : type.split("\\.");
            return parts.length >= 2 ? parts[parts.length - 2] : String.valueOf(type);
        }
    }

    public static List<Event> read(String bootstrapServers, String topic, Predicate<Event> filter) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            List<TopicPartition> partitions = infos == null ? List.of()
                    : infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end offsets " + end + " in " + READ_LIMIT);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Event event = new Event(KafkaWire.header(record, "ce_id"), KafkaWire.header(record, "ce_type"),
                            KafkaWire.header(record, "ce_subject"), record.key(),
                            record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8),
                            record.partition(), record.offset());
                    if (filter.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }
}
