package org.linkage.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping for event bodies, tolerant in both directions of additive evolution:
 * <ul>
 *   <li>an older consumer ignores fields and reads enum values it does not know as {@code null};</li>
 *   <li>a newer consumer replaying older events reads a field they lack as {@code null}, or as
 *       {@code 0}/{@code false} for a primitive (Jackson 3 would otherwise reject the event).</li>
 * </ul>
 * Instants travel as ISO-8601 strings and enum constants by {@code name()}, so a {@code toString()}
 * override can never change the wire format the schema snapshots describe.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static String write(Object event) {
        return MAPPER.writeValueAsString(event);
    }

    /** @throws MalformedEventException when the body is not valid JSON for the type */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** @throws MalformedEventException when the body is not valid JSON for the type */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
