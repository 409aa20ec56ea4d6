package org.linkage.platform.events.schema;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether an event's current {@link EventSchema} may replace its checked-in snapshot.
 * Within one event version only additive changes are allowed: new fields and new enum values. Anything
 * else breaks a consumer somewhere, because source topics are replayed from offset zero and old
 * consumers keep reading new events: a removed field or enum value, a changed type or format, a free
 * string narrowed to an enum, a map turned into a record, or the event moved to another topic.
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** Every non-additive change from {@code snapshot} to {@code current}; empty when the change is additive. */
    public static List<String> breakingChanges(JsonNode snapshot, JsonNode current) {
        List<String> problems = new ArrayList<>();
        String oldTopic = snapshot.path("x-topic").asString();
        String newTopic = current.path("x-topic").asString();
        if (!oldTopic.equals(newTopic)) {
            problems.add("topic changed from " + oldTopic + " to " + newTopic);
        }
        compare("", snapshot, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode was, JsonNode now, List<String> problems) {
        if (!shape(was).equals(shape(now))) {
            problems.add(where(path) + "type changed from " + shape(was) + " to " + shape(now));
            return;
        }
        switch (was.path("type").asString()) {
            case "object" -> compareObjects(path, was, now, problems);
            case "array" -> compare(path + "[]", was.get("items"), now.get("items"), problems);
            case "string" -> compareEnums(path, was, now, problems);
            default -> { } // booleans and numbers have nothing beyond type and format
        }
    }

    private static void compareObjects(String path, JsonNode was, JsonNode now, List<String> problems) {
        JsonNode oldFields = was.path("properties");
        JsonNode newFields = now.path("properties");
        for (String name : oldFields.propertyNames()) {
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            if (newFields.has(name)) {
                compare(fieldPath, oldFields.get(name), newFields.get(name), problems);
            } else {
                problems.add(fieldPath + ": field removed");
            }
        }
        if (was.has("additionalProperties")) {
            if (now.has("additionalProperties")) {
                compare(path + "{}", was.get("additionalProperties"), now.get("additionalProperties"), problems);
            } else {
                problems.add(where(path) + "map changed to a record");
            }
        }
    }

    private static void compareEnums(String path, JsonNode was, JsonNode now, List<String> problems) {
        if (!now.has("enum")) {
            return; // an enum widened to any string still reads every old value
        }
        if (!was.has("enum")) {
            problems.add(where(path) + "free string restricted to enum " + values(now));
            return;
        }
        Set<String> removed = values(was);
        removed.removeAll(values(now));
        if (!removed.isEmpty()) {
            problems.add(where(path) + "enum values removed " + removed);
        }
    }

    /** Type plus format, e.g. {@code integer/int64}: both must stay the same. */
    private static String shape(JsonNode schema) {
        String format = schema.path("format").asString(null);
        return schema.path("type").asString() + (format == null ? "" : "/" + format);
    }

    private static Set<String> values(JsonNode schema) {
        Set<String> values = new LinkedHashSet<>();
        schema.get("enum").forEach(value -> values.add(value.asString()));
        return values;
    }

    private static String where(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }
}
