package org.linkage.platform.events;

/** CloudEvents Kafka protocol binding, binary content mode: attribute header names. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    /** The datacontenttype attribute maps to the plain Kafka {@code content-type} header. */
    public static final String CONTENT_TYPE = "content-type";
    /** W3C trace context, carried beside the CloudEvents attributes. */
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
