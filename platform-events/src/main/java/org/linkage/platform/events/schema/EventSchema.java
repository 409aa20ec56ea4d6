package org.linkage.platform.events.schema;

import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventCatalog;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON shape of an event record as {@link org.linkage.platform.events.EventJson} writes it, in a
 * small subset of JSON Schema derived by reflection: {@code type}, {@code format}, {@code enum},
 * {@code properties}, {@code items} and {@code additionalProperties}, plus the event's {@code title}
 * (its CloudEvents type) and {@code x-topic}. {@link SchemaCompatibility} compares two of these.
 *
 * <p>Only the Java types listed here are accepted; any other fails fast, so a new kind of field gets a
 * deliberate mapping rather than a guess that might not match the wire.
 */
public final class EventSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private record Scalar(String type, String format) {
    }

    private static final Map<Class<?>, Scalar> SCALARS = Map.ofEntries(
            Map.entry(String.class, new Scalar("string", null)),
            Map.entry(Instant.class, new Scalar("string", "date-time")),
            Map.entry(boolean.class, new Scalar("boolean", null)),
            Map.entry(Boolean.class, new Scalar("boolean", null)),
            Map.entry(int.class, new Scalar("integer", "int32")),
            Map.entry(Integer.class, new Scalar("integer", "int32")),
            Map.entry(long.class, new Scalar("integer", "int64")),
            Map.entry(Long.class, new Scalar("integer", "int64")),
            Map.entry(double.class, new Scalar("number", "double")),
            Map.entry(Double.class, new Scalar("number", "double")));

    private EventSchema() {
    }

    /** @throws IllegalArgumentException if a component (at any depth) has a type with no mapping */
    public static ObjectNode of(Class<? extends DomainEvent> eventType) {
        ObjectNode schema = JSON.objectNode();
        schema.put("title", EventCatalog.typeOf(eventType));
        schema.put("x-topic", EventCatalog.topicOf(eventType));
        schema.setAll(describe(eventType, eventType.getSimpleName()));
        return schema;
    }

    private static ObjectNode describe(Type type, String where) {
        if (type instanceof Class<?> plain) {
            return describeClass(plain, where);
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = typed("array");
                array.set("items", describe(arguments[0], where + "[]"));
                return array;
            }
            if (Map.class.isAssignableFrom(raw) && arguments[0] == String.class) {
                ObjectNode map = typed("object");
                map.set("additionalProperties", describe(arguments[1], where + "{}"));
                return map;
            }
        }
        throw unsupported(type, where);
    }

    private static ObjectNode describeClass(Class<?> type, String where) {
        Scalar scalar = SCALARS.get(type);
        if (scalar != null) {
            ObjectNode node = typed(scalar.type());
            if (scalar.format() != null) {
                node.put("format", scalar.format());
            }
            return node;
        }
        if (type.isEnum()) {
            ObjectNode node = typed("string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : type.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return node;
        }
        if (type.isRecord()) {
            ObjectNode node = typed("object");
            ObjectNode properties = node.putObject("properties");
            for (RecordComponent component : type.getRecordComponents()) {
                properties.set(component.getName(),
                        describe(component.getGenericType(), where + "." + component.getName()));
            }
            return node;
        }
        throw unsupported(type, where);
    }

    private static ObjectNode typed(String type) {
        return JSON.objectNode().put("type", type);
    }

    private static IllegalArgumentException unsupported(Type type, String where) {
        return new IllegalArgumentException(where + ": no JSON schema mapping for " + type.getTypeName()
                + " (event fields use String, Instant, boolean, int, long, double, enums, records,"
                + " lists and maps with String keys)");
    }
}
