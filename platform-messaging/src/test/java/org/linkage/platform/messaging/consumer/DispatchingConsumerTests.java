package org.linkage.platform.messaging.consumer;

import org.junit.jupiter.api.Test;
import org.linkage.platform.events.MalformedEventException;
import org.springframework.messaging.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DispatchingConsumerTests {

    @Test
    void readsCloudEventsHeadersWhetherBytesOrText() {
        MessageHeaders headers = new MessageHeaders(Map.of(
                "ce_id", "e-1".getBytes(StandardCharsets.UTF_8),
                "ce_type", "linkage.task.TaskIssued.v1",
                "ce_time", "2026-11-26T01:02:03Z".getBytes(StandardCharsets.UTF_8)));

        EventMetadata metadata = DispatchingConsumer.metadata(headers);

        assertThat(metadata.id()).isEqualTo("e-1");
        assertThat(metadata.type()).isEqualTo("linkage.task.TaskIssued.v1");
        assertThat(metadata.time()).isEqualTo(Instant.parse("2026-11-26T01:02:03Z"));
    }

    @Test
    void aRecordWithoutIdOrTypeIsMalformed() {
        assertThatThrownBy(() -> DispatchingConsumer.metadata(new MessageHeaders(Map.of("ce_type", "x"))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_id");
        assertThatThrownBy(() -> DispatchingConsumer.metadata(new MessageHeaders(Map.of("ce_id", "x"))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("ce_type");
    }

    @Test
    void aBadTimeIsMalformed() {
        assertThatThrownBy(() -> DispatchingConsumer.metadata(new MessageHeaders(Map.of("ce_id", "x", "ce_type", "t", "ce_time", "yesterday"))))
                .isInstanceOf(MalformedEventException.class);
    }
}
