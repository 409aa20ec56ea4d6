package org.linkage.taskdispatch.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.linkage.platform.events.CloudEventHeaders;
import org.linkage.platform.events.EventCatalog;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.task.AssignmentIssued;
import org.linkage.platform.test.KafkaWire;
import org.linkage.platform.test.RealStack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows the task topic from its end, as a consumer would, and notes when each AssignmentIssued
 * arrives, per task (the Kafka key of a cascade is its root task id). {@link KafkaWire} reads a topic
 * from the beginning after the fact; a bench needs the moment the events became readable.
 */
final class IssuedEventsTail implements AutoCloseable {

    private static final String ISSUED = EventCatalog.typeOf(AssignmentIssued.class);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Arrivals> byTask = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean running = true;

    /** The record count and the {@link System#nanoTime()} of the latest arrival, for one task. */
    private record Arrivals(int count, long lastNanos) {
    }

    private IssuedEventsTail() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealStack.get().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.TASK_EVENTS, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(Topics.TASK_EVENTS, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before anything is issued
        poller = new Thread(this::poll, "bench-issued-events-tail");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts following the topic from its current end. */
    static IssuedEventsTail fromNow() {
        return new IssuedEventsTail();
    }

    /**
     * Waits until {@code expected} AssignmentIssued of the task have arrived; the {@link System#nanoTime()}
     * of the last of them, or empty if they did not all arrive within the wait.
     */
    OptionalLong awaitAll(String taskId, int expected, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Arrivals arrivals = byTask.get(taskId);
            if (arrivals != null && arrivals.count() >= expected) {
                return OptionalLong.of(arrivals.lastNanos());
            }
            Thread.sleep(5);
        }
        return OptionalLong.empty();
    }

    /** How many AssignmentIssued of the task have arrived so far. */
    int count(String taskId) {
        Arrivals arrivals = byTask.get(taskId);
        return arrivals == null ? 0 : arrivals.count();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    if (ISSUED.equals(KafkaWire.header(record, CloudEventHeaders.TYPE)) && record.key() != null) {
                        long now = System.nanoTime();
                        byTask.merge(record.key(), new Arrivals(1, now),
                                (before, one) -> new Arrivals(before.count() + 1, now));
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(10_000);
    }
}
