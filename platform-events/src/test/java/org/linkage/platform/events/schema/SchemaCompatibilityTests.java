package org.linkage.platform.events.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkage.platform.events.DomainEvent;
import org.linkage.platform.events.EventJson;
import org.linkage.platform.events.EventType;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Proves the guard can fail: {@link Original} is the shape in a snapshot, each other record is a later
 * edit of it, and the comparator must reject every edit that is not purely additive.
 */
class SchemaCompatibilityTests {

    private static final String TOPIC = "linkage.test.events";
    private static final String NAME = "linkage.test.Sample";

    enum Status { OPEN, DONE }

    enum StatusPlusOne { OPEN, DONE, ARCHIVED }

    enum StatusMinusOne { OPEN }

    record Part(String name, int count) {
    }

    record PartPlusOne(String name, int count, String unit) {
    }

    record PartWithoutName(int count) {
    }

    @EventType(name = NAME, topic = TOPIC)
    record Original(String id, int count, Status status, List<Part> parts, Map<String, Long> totals, String note)
            implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record Additions(String id, int count, StatusPlusOne status, List<PartPlusOne> parts, Map<String, Long> totals,
                     String note, String addedField) implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record EnumWidenedToString(String id, int count, String status, List<Part> parts, Map<String, Long> totals,
                               String note) implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record CountRemoved(String id, Status status, List<Part> parts, Map<String, Long> totals, String note)
            implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record CountAsText(String id, String count, Status status, List<Part> parts, Map<String, Long> totals,
                       String note) implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record CountAsLong(String id, long count, Status status, List<Part> parts, Map<String, Long> totals,
                       String note) implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record StatusValueRemoved(String id, int count, StatusMinusOne status, List<Part> parts,
                              Map<String, Long> totals, String note)
            implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record NestedFieldRemoved(String id, int count, Status status, List<PartWithoutName> parts,
                              Map<String, Long> totals, String note)
            implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record MapValuesChanged(String id, int count, Status status, List<Part> parts, Map<String, String> totals,
                            String note) implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record MapBecameRecord(String id, int count, Status status, List<Part> parts, Part totals, String note)
            implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record ListBecameScalar(String id, int count, Status status, String parts, Map<String, Long> totals,
                            String note) implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = TOPIC)
    record NoteNarrowedToEnum(String id, int count, Status status, List<Part> parts, Map<String, Long> totals,
                              Status note) implements DomainEvent { public String subject() { return id; } }

    @EventType(name = NAME, topic = "linkage.test.other")
    record MovedTopic(String id, int count, Status status, List<Part> parts, Map<String, Long> totals, String note)
            implements DomainEvent { public String subject() { return id; } }

    static Stream<Arguments> breakingEdits() {
        return Stream.of(
                arguments(CountRemoved.class, "count: field removed"),
                arguments(CountAsText.class, "count: type changed from integer/int32 to string"),
                arguments(CountAsLong.class, "count: type changed from integer/int32 to integer/int64"),
                arguments(StatusValueRemoved.class, "status: enum values removed [DONE]"),
                arguments(NestedFieldRemoved.class, "parts[].name: field removed"),
                arguments(MapValuesChanged.class, "totals{}: type changed from integer/int64 to string"),
                arguments(MapBecameRecord.class, "totals: map changed to a record"),
                arguments(ListBecameScalar.class, "parts: type changed from array to string"),
                arguments(NoteNarrowedToEnum.class, "note: free string restricted to enum [OPEN, DONE]"),
                arguments(MovedTopic.class, "topic changed from linkage.test.events to linkage.test.other"));
    }

    @ParameterizedTest
    @MethodSource("breakingEdits")
    void rejectsEveryNonAdditiveEdit(Class<? extends DomainEvent> edited, String expectedProblem) {
        assertThat(SchemaCompatibility.breakingChanges(EventSchema.of(Original.class), EventSchema.of(edited)))
                .containsExactly(expectedProblem);
    }

    @Test
    void acceptsAddedFieldsAndEnumValuesAtAnyDepth() {
        assertThat(SchemaCompatibility.breakingChanges(EventSchema.of(Original.class), EventSchema.of(Additions.class)))
                .isEmpty();
    }

    @Test
    void acceptsAnEnumWidenedToAnyString() {
        assertThat(SchemaCompatibility.breakingChanges(
                EventSchema.of(Original.class), EventSchema.of(EnumWidenedToString.class))).isEmpty();
    }

    @Test
    void acceptsAnUnchangedShape() {
        assertThat(SchemaCompatibility.breakingChanges(EventSchema.of(Original.class), EventSchema.of(Original.class)))
                .isEmpty();
    }

    /** As the guard meets it: a checked-in file that still lists a field the record has since lost. */
    @Test
    void reportsEverySnapshotFieldTheRecordNoLongerHas() {
        JsonNode snapshot = EventJson.mapper().readTree("""
                {"title": "linkage.test.Sample.v1", "x-topic": "linkage.test.events", "type": "object",
                 "properties": {
                   "id": {"type": "string"},
                   "legacyCode": {"type": "string"},
                   "count": {"type": "integer", "format": "int32"},
                   "removedFlag": {"type": "boolean"}}}
                """);

        assertThat(SchemaCompatibility.breakingChanges(snapshot, EventSchema.of(Original.class)))
                .containsExactly("legacyCode: field removed", "removedFlag: field removed");
    }
}
