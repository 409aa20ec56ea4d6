package org.linkage.taskdispatch.deadline;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.test.RealStack;
import org.linkage.platform.test.KafkaWire;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Everything on a topic right now, read with a raw consumer up to the end offsets: for counting events exactly. */
final class TopicSnapshot {

    private TopicSnapshot() {
    }

    record Event(String type, String subject, String data, int partition, long offset) {
    }

    static List<Event> read(String topic, Predicate<Event> filter) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealStack.get().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Event> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Event event = new Event(KafkaWire.header(record, CloudEventHeaders.TYPE), KafkaWire.header(record, CloudEventHeaders.SUBJECT),
                            new String(record.value(), StandardCharsets.UTF_8), record.partition(), record.offset());
                    if (filter.test(event)) {
                        found.add(event);
                    }
                }
            }
        }
        return found;
    }

    static List<Event> ofType(String topic, String shortType, Predicate<String> subject) {
        return read(topic, e -> ("linkage.task." + shortType + ".v1").equals(e.type()) && e.subject() != null
                && subject.test(e.subject()));
    }
}
