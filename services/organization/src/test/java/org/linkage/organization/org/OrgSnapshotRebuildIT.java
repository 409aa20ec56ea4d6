package org.linkage.organization.org;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.linkage.platform.test.Callers;
import org.linkage.organization.support.OrgFixture;
import org.linkage.platform.events.EventJson;
import org.linkage.platform.events.Topics;
import org.linkage.platform.events.org.OrgSnapshot;
import org.linkage.platform.test.RealStack;
import org.linkage.platform.test.WithRealStack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkage.organization.support.OrgFixture.id;

/**
 * A new consumer rebuilds the tree from the compacted snapshot topic alone, without replaying
 * history or calling this service: it ends with every organisation in its latest place.
 */
@SpringBootTest
@AutoConfigureWebTestClient
@WithRealStack(database = "organization-snapshots")
class OrgSnapshotRebuildIT {

    @Autowired
    WebTestClient http;

    @Test
    void theSnapshotTopicRebuildsTheTreeIncludingMovesAndRenames() {
        OrgFixture tree = new OrgFixture(http);
        Map<String, Object> district = tree.create("d", "海淀区", "DISTRICT", null);
        Map<String, Object> streetA = tree.create("s-a", "学院路街道", "STREET", id(district));
        Map<String, Object> streetB = tree.create("s-b", "中关村街道", "STREET", id(district));
        Map<String, Object> community = tree.create("c", "二里庄社区", "COMMUNITY", id(streetA));
        Map<String, Object> grid = tree.create("g", "一号网格", "GRID", id(community));
        http.mutateWith(Callers.admin()).post().uri("/api/orgs/{id}/move", id(community))
                .bodyValue(Map.of("newParentId", id(streetB))).exchange().expectStatus().isOk();
        http.mutateWith(Callers.admin()).patch().uri("/api/orgs/{id}", id(streetB))
                .bodyValue(Map.of("name", "中关村街道（新）")).exchange().expectStatus().isOk();

        Map<String, OrgSnapshot> rebuilt = rebuild(id(district), 5, Duration.ofSeconds(30));

        assertThat(rebuilt).hasSize(5);
        assertThat(rebuilt.get(id(streetB)).name()).isEqualTo("中关村街道（新）");
        assertThat(rebuilt.get(id(community)).parentId()).isEqualTo(id(streetB));
        assertThat(rebuilt.get(id(grid)).path()).containsExactly(id(district), id(streetB), id(community));
    }

    /** Reads the snapshot topic from the beginning, keeping the latest record per organisation of the district. */
    private static Map<String, OrgSnapshot> rebuild(String districtId, int expected, Duration wait) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealStack.get().bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        Map<String, OrgSnapshot> latest = new HashMap<>();
        Instant deadline = Instant.now().plus(wait);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.ORG_SNAPSHOTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (Instant.now().isBefore(deadline) && !(latest.size() == expected && settled(latest))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    OrgSnapshot snapshot = EventJson.read(new String(record.value(), StandardCharsets.UTF_8), OrgSnapshot.class);
                    if (districtId.equals(snapshot.districtId())) {
                        latest.merge(record.key(), snapshot, (old, now) -> now.version() >= old.version() ? now : old);
                    }
                });
            }
        }
        return latest;
    }

    private static boolean settled(Map<String, OrgSnapshot> latest) {
        return latest.values().stream().anyMatch(snapshot -> snapshot.name().endsWith("（新）"));
    }
}
