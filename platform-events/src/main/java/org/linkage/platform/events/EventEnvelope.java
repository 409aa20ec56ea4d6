package org.linkage.platform.events;

import java.time.Instant;
import java.util.Objects;

/**
 * One event as it travels: CloudEvents attributes plus the Kafka topic and key and the JSON body.
 * In Kafka binary mode the attributes become {@code ce_*} headers and {@code data} the record value.
 *
 * @param id          unique event id ({@code ce_id}); consumers dedupe on it
 * @param type        versioned type, e.g. {@code linkage.task.AssignmentIssued.v1} ({@code ce_type})
 * @param source      the producing service as a URI reference, e.g. {@code /linkage/task-dispatch}
 * @param subject     the aggregate id ({@code ce_subject})
 * @param time        when the change happened ({@code ce_time})
 * @param topic       destination topic
 * @param key         Kafka record key: the ordering unit (root task id, district id…)
 * @param traceparent W3C trace context of the request that caused it, or null
 * @param data        the JSON body
 */
public record EventEnvelope(String id, String type, String source, String subject, Instant time,
                            String topic, String key, String traceparent, String data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
    }
}
