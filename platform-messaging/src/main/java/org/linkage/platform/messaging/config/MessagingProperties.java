package org.linkage.platform.messaging.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the outbox relay, the inbox and pending intents ({@code linkage.messaging.*}).
 *
 * @param source  CloudEvents source of this service's events, defaults to {@code /linkage/<application name>}
 * @param outbox  which collections hold aggregates with an embedded outbox, and the recovery sweep
 * @param inbox   how long processed event ids are remembered
 * @param intents the recovery sweep for multi-document intents
 */
@ConfigurationProperties("linkage.messaging")
public record MessagingProperties(String source, Outbox outbox, Inbox inbox, Intents intents) {

    public MessagingProperties {
        outbox = outbox != null ? outbox : new Outbox(null, null, null);
        inbox = inbox != null ? inbox : new Inbox(null, null);
        intents = intents != null ? intents : new Intents(null, null);
    }

    /**
     * @param collections   collections whose documents carry an {@code outbox} array
     * @param sweepInterval how often the recovery sweep looks for events a crash left behind; it scans,
     *                      so it is slow on purpose: the normal path publishes right after each write
     * @param minAge        events younger than this are left to the in-process relay
     */
    public record Outbox(List<String> collections, Duration sweepInterval, Duration minAge) {
        public Outbox {
            collections = collections != null ? List.copyOf(collections) : List.of();
            sweepInterval = sweepInterval != null ? sweepInterval : Duration.ofSeconds(30);
            minAge = minAge != null ? minAge : Duration.ofSeconds(10);
        }
    }

    /**
     * @param retention     processed event ids older than this are purged (Kafka redelivery is far sooner)
     * @param purgeInterval how often the purge runs
     */
    public record Inbox(Duration retention, Duration purgeInterval) {
        public Inbox {
            retention = retention != null ? retention : Duration.ofDays(14);
            purgeInterval = purgeInterval != null ? purgeInterval : Duration.ofHours(1);
        }
    }

    /**
     * @param sweepInterval how often pending intents a crash left behind are finished
     * @param grace         intents younger than this are left to the request that wrote them
     */
    public record Intents(Duration sweepInterval, Duration grace) {
        public Intents {
            sweepInterval = sweepInterval != null ? sweepInterval : Duration.ofSeconds(15);
            grace = grace != null ? grace : Duration.ofSeconds(10);
        }
    }
}
