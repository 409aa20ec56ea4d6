package org.linkage.organization.unit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.test.RealStack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what is really on a topic, bypassing the application, to see exactly what was published. */
public final class Wire {

    private Wire() {
    }

    /**
     * Every record of {@code topic} about {@code subject} with CloudEvents type {@code type}, polling from the
     * start of the topic until {@code atLeast} are found or {@code wait} has passed.
     */
    public static List<ConsumerRecord<String, byte[]>> events(String topic, String type, String subject, int atLeast,
                                                              Duration wait) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealStack.get().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            Instant deadline = Instant.now().plus(wait);
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                partitions = infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (found.size() < atLeast && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (type.equals(header(record, CloudEventHeaders.TYPE)) && subject.equals(header(record, CloudEventHeaders.SUBJECT))) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static String body(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8);
    }
}
