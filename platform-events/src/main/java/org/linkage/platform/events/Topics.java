package org.linkage.platform.events;

import java.util.List;
import java.util.Map;

/**
 * Every topic Linkage uses, with its retention policy. Source topics keep their events forever
 * so appraisal can replay from offset zero; snapshot topics are compacted (latest state per key).
 */
public final class Topics {

    /** Organisation, unit, member and user events; key = district id, so a parent precedes its children. */
    public static final String ORG_EVENTS = "linkage.org.events";
    /** Latest state per organisation, unit and user; key = that entity's id. */
    public static final String ORG_SNAPSHOTS = "linkage.org.snapshots";
    /** Task, assignment and whistle events; key = the root task id (or whistle id). */
    public static final String TASK_EVENTS = "linkage.task.events";
    /** Ratings, scores and rankings; key = the rated organisation (for a ranking, the organisation it ranks within). */
    public static final String APPRAISAL_EVENTS = "linkage.appraisal.events";
    /** Delivery and read receipts; key = the notification id. */
    public static final String NOTIFICATION_EVENTS = "linkage.notification.events";

    public static final int DEFAULT_PARTITIONS = 6;

    public static final List<TopicSpec> ALL = List.of(
            TopicSpec.source(ORG_EVENTS),
            TopicSpec.compacted(ORG_SNAPSHOTS),
            TopicSpec.source(TASK_EVENTS),
            TopicSpec.source(APPRAISAL_EVENTS),
            TopicSpec.source(NOTIFICATION_EVENTS));

    /** Dead-letter topic for one consumer group of one topic: {@code <topic>.<group>.dlq}. */
    public static String deadLetter(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    private Topics() {
    }

    /** A topic and how long it keeps its records. */
    public record TopicSpec(String name, int partitions, boolean compacted) {

        static TopicSpec source(String name) {
            return new TopicSpec(name, DEFAULT_PARTITIONS, false);
        }

        static TopicSpec compacted(String name) {
            return new TopicSpec(name, DEFAULT_PARTITIONS, true);
        }

        /** Topic-level configs: retention -1 (forever) for sources, compaction for snapshots. */
        public Map<String, String> configs() {
            return compacted
                    ? Map.of("cleanup.policy", "compact")
                    : Map.of("cleanup.policy", "delete", "retention.ms", "-1", "retention.bytes", "-1");
        }
    }
}
