package org.linkage.platform.events;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.Topics.TopicSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class TopicsTests {

    private static List<String> names() {
        return Topics.ALL.stream().map(TopicSpec::name).toList();
    }

    @Test
    void namesAreUniqueAndNamespaced() {
        assertThat(names()).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).startsWith("linkage."));
        assertThat(Topics.ALL).allSatisfy(topic -> assertThat(topic.partitions()).isPositive());
    }

    @Test
    void deadLetterTopicIsPerTopicAndGroupAndNeverASourceTopic() {
        assertThat(Topics.deadLetter(Topics.TASK_EVENTS, "appraisal")).isEqualTo("linkage.task.events.appraisal.dlq");
        assertThat(Topics.deadLetter(Topics.TASK_EVENTS, "notification"))
                .isNotEqualTo(Topics.deadLetter(Topics.TASK_EVENTS, "appraisal"))
                .isNotEqualTo(Topics.deadLetter(Topics.ORG_EVENTS, "notification"));
        assertThat(names()).allSatisfy(topic -> assertThat(names()).doesNotContain(Topics.deadLetter(topic, "any")));
    }

    @Test
    void onlyTheSnapshotTopicIsCompacted() {
        assertThat(Topics.ALL).filteredOn(TopicSpec::compacted).extracting(TopicSpec::name)
                .containsExactly(Topics.ORG_SNAPSHOTS);
        assertThat(Topics.ALL).filteredOn(TopicSpec::compacted)
                .allSatisfy(topic -> assertThat(topic.configs()).containsExactly(entry("cleanup.policy", "compact")));
    }

    /** Appraisal rebuilds by replaying from offset zero, so source topics must never drop a record. */
    @Test
    void sourceTopicsKeepEverythingForever() {
        assertThat(Topics.ALL).filteredOn(topic -> !topic.compacted()).hasSize(4)
                .allSatisfy(topic -> assertThat(topic.configs()).containsOnly(entry("cleanup.policy", "delete"),
                        entry("retention.ms", "-1"), entry("retention.bytes", "-1")));
    }

    @Test
    void everyTopicCarriesEventsAndEveryEventHasADeclaredTopic() {
        List<String> used = EventCatalog.all().stream().map(EventCatalog::topicOf).distinct().toList();
        assertThat(used).containsExactlyInAnyOrderElementsOf(names());
    }

    /** Compaction keeps only the latest record per key: right for full-state snapshots, fatal for events. */
    @Test
    void compactedTopicsCarryOnlySnapshots() {
        assertThat(EventCatalog.all()).allSatisfy(event -> {
            boolean compacted = spec(EventCatalog.topicOf(event)).compacted();
            assertThat(event.getSimpleName().endsWith("Snapshot")).as(event.getSimpleName()).isEqualTo(compacted);
        });
    }

    private static TopicSpec spec(String name) {
        return Topics.ALL.stream().filter(topic -> topic.name().equals(name)).findFirst().orElseThrow();
    }
}
