package org.linkage.platform.events.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventCatalog;
import org.linkage.platform.events.EventJson;
import org.linkage.platform.events.EventType;
import org.linkage.platform.events.SampleEvents;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventSchemaTests {

    enum Colour { RED, GREEN }

    record Part(String name, double weight) {
    }

    @EventType(name = "linkage.test.Shapes", topic = "linkage.test.events")
    record Shapes(String id, Instant at, long version, Integer share, boolean done, Colour colour, List<Part> parts,
                  Map<String, Double> weights) implements DomainEvent {

        @Override
        public String subject() {
            return id;
        }
    }

    @EventType(name = "linkage.test.Dated", topic = "linkage.test.events")
    record Dated(String id, List<LocalDate> days) implements DomainEvent {

        @Override
        public String subject() {
            return id;
        }
    }

    static List<Class<? extends DomainEvent>> events() {
        return EventCatalog.all();
    }

    @Test
    void describesEveryKindOfField() {
        JsonNode expected = EventJson.mapper().readTree("""
                {"title": "linkage.test.Shapes.v1", "x-topic": "linkage.test.events", "type": "object",
                 "properties": {
                   "id": {"type": "string"},
                   "at": {"type": "string", "format": "date-time"},
                   "version": {"type": "integer", "format": "int64"},
                   "share": {"type": "integer", "format": "int32"},
                   "done": {"type": "boolean"},
                   "colour": {"type": "string", "enum": ["RED", "GREEN"]},
                   "parts": {"type": "array", "items": {"type": "object", "properties": {
                     "name": {"type": "string"}, "weight": {"type": "number", "format": "double"}}}},
                   "weights": {"type": "object", "additionalProperties": {"type": "number", "format": "double"}}}}
                """);

        assertThat(EventSchema.of(Shapes.class)).isEqualTo(expected);
    }

    @Test
    void refusesATypeWithNoMappingAndSaysWhere() {
        assertThatThrownBy(() -> EventSchema.of(Dated.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Dated.days[]: no JSON schema mapping for java.time.LocalDate");
    }

    /** The schema is only a guard if it describes what actually goes on the wire. */
    @ParameterizedTest
    @MethodSource("events")
    void describesWhatEventJsonWrites(Class<? extends DomainEvent> event) {
        JsonNode written = EventJson.mapper().valueToTree(SampleEvents.of(event.asSubclass(Record.class)));
        List<String> mismatches = new ArrayList<>();

        conform("", EventSchema.of(event), written, mismatches);

        assertThat(mismatches).isEmpty();
    }

    private static void conform(String path, JsonNode schema, JsonNode value, List<String> mismatches) {
        String type = schema.get("type").asString();
        boolean typeMatches = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString() && conformsToStringRules(schema, value.asString());
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
        if (!typeMatches) {
            mismatches.add(path + ": " + value + " is not " + schema);
            return;
        }
        if (schema.has("properties")) {
            Set<String> described = Set.copyOf(schema.get("properties").propertyNames());
            if (!described.equals(Set.copyOf(value.propertyNames()))) {
                mismatches.add(path + ": fields " + value.propertyNames() + " but schema has " + described);
            }
            schema.get("properties").forEachEntry((name, field) ->
                    conform(path + "." + name, field, value.path(name), mismatches));
        }
        if (schema.has("additionalProperties")) {
            JsonNode values = schema.get("additionalProperties");
            value.forEachEntry((key, item) -> conform(path + "{}", values, item, mismatches));
        }
        if (schema.has("items")) {
            value.forEach(item -> conform(path + "[]", schema.get("items"), item, mismatches));
        }
    }

    private static boolean conformsToStringRules(JsonNode schema, String value) {
        if (schema.has("enum")) {
            return schema.get("enum").valueStream().anyMatch(allowed -> allowed.asString().equals(value));
        }
        if (schema.path("format").asString("").equals("date-time")) {
            try {
                Instant.parse(value);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return true;
    }
}
