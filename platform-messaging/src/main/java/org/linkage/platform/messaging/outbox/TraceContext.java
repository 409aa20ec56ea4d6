package org.linkage.platform.messaging.outbox;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/** Reads the current span as a W3C {@code traceparent}, so the outbox can carry it to Kafka later. */
public class TraceContext {

    private final Tracer tracer;

    /** @param tracer the tracer, or null when tracing is off */
    public TraceContext(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The current W3C traceparent, or null outside a trace. */
    public String currentTraceparent() {
        Span span = tracer == null ? null : tracer.currentSpan();
        if (span == null) {
            return null;
        }
        var context = span.context();
        String flags = Boolean.TRUE.equals(context.sampled()) ? "01" : "00";
        return "00-" + context.traceId() + "-" + context.spanId() + "-" + flags;
    }

    /** The trace id of a traceparent header value, or null if it is not one. */
    public static String traceIdOf(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        String[] parts = traceparent.split("-");
        return parts.length == 4 ? parts[1] : null;
    }
}
